//! Inputs built to cost the parser as much memory as possible per byte,
//! each a statement of about `bytes` bytes: a head, a unit repeated, a tail.

/// A statement generator: its name and how to make it at a size.
pub struct Hostile {
    /// What the input is, for the report.
    pub name: &'static str,
    /// Whether the bench validates it (parse and checks) rather than parsing.
    pub validate: bool,
    /// The input at about the given size.
    pub make: fn(usize) -> String,
}

/// `head`, then `unit` as often as fits in `bytes`, then `tail`.
fn fill(head: &str, unit: &str, tail: &str, bytes: usize) -> String {
    let times = bytes.saturating_sub(head.len() + tail.len()) / unit.len();
    let mut s = String::with_capacity(head.len() + unit.len() * times + tail.len());
    s.push_str(head);
    for _ in 0..times {
        s.push_str(unit);
    }
    s.push_str(tail);
    s
}

const HEAD: &str = "Summary: s.\nThe complaint\n- Mr X complains.\n";
const TAIL: &str = "Investigator's decision on behalf of the Ombudsman\n";

/// `x` lines: each one a paragraph.
fn tiny_lines(bytes: usize) -> String {
    fill(HEAD, "x\n", TAIL, bytes)
}

/// Lines that each cite two provisions of two Acts.
fn citation_dense(bytes: usize) -> String {
    let unit = "- Under section 26(6)(a) of the Local Government Act 1974 and the Care Act 2014, section 9.\n";
    fill(HEAD, unit, TAIL, bytes)
}

/// One line of `section 1, ` runs: each a provision.
fn section_runs(bytes: usize) -> String {
    fill(
        "Summary: s.\nThe complaint\n- The law says ",
        "section 1, ",
        "\n",
        bytes,
    )
}

/// Lines that each hold a citation with a slip (C002), validated.
fn slip_lines(bytes: usize) -> String {
    fill(
        HEAD,
        "(Local Government Act 1974, section 34(B))\n",
        TAIL,
        bytes,
    )
}

/// The same citations on one line, validated.
fn slip_run(bytes: usize) -> String {
    let head = "Summary: s.\nThe complaint\n- ";
    fill(
        head,
        "(Local Government Act 1974, section 34(B)) ",
        "\n",
        bytes,
    )
}

/// Every generator.
pub const HOSTILE: [Hostile; 6] = [
    Hostile {
        name: "`x` lines",
        validate: false,
        make: tiny_lines,
    },
    Hostile {
        name: "`x` lines, validated",
        validate: true,
        make: tiny_lines,
    },
    Hostile {
        name: "citation-dense lines",
        validate: false,
        make: citation_dense,
    },
    Hostile {
        name: "`section 1, ` runs",
        validate: false,
        make: section_runs,
    },
    Hostile {
        name: "citation-slip lines, validated",
        validate: true,
        make: slip_lines,
    },
    Hostile {
        name: "citation slips on one line, validated",
        validate: true,
        make: slip_run,
    },
];
