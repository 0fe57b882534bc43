//! `lgsco akn`: a statement as an Akoma Ntoso 3.0 document, or one file
//! each into a folder.
//!
//! A statement that prints no reference takes it from its file name when
//! that holds one; without a decision date the document is dated by the
//! reference year (`FRBRdate name="reference year"`), never by a made-up day;
//! with neither date nor reference the schema's required date is the
//! library's placeholder (1970-01-01, `name="unknown"`), with a warning.

use crate::args::Common;
use crate::batch;
use crate::out::{escape, Failure, Sink, Status};
use std::io::Write;
use std::path::Path;

pub fn run(common: &Common) -> Result<Status, Failure> {
    let (inputs, problems) = crate::input::collect(common)?;
    let dir = common.out.as_deref().filter(|p| p.as_os_str() != "-");
    if dir.is_none() && inputs.len() > 1 {
        return Err(Failure::Usage(format!(
            "akn prints one document; for {} files write one each into a folder: -o DIR",
            inputs.len()
        )));
    }
    if let Some(dir) = dir {
        std::fs::create_dir_all(dir)
            .map_err(|e| Failure::Fatal(format!("{}: cannot create: {e}", dir.display())))?;
    }
    let mut w = Sink::new(None)?;
    let tally = batch::run(common, inputs, problems, true, None, &mut |p| {
        if dir.is_none() && p.statements > 1 {
            return Err(Failure::Usage(format!(
                "{}: the file joins {} statements; write one document each into a folder: -o DIR",
                escape(&p.name),
                p.statements
            )));
        }
        let Ok(d) = &p.decision else {
            return Ok(());
        };
        let export = match (&d.header.reference, &p.reference) {
            (None, Some((r, true))) => {
                let mut named = d.clone();
                named.header.reference = Some(r.clone());
                lgsco::akn::export(&named)
            }
            _ => lgsco::akn::export(d),
        };
        let reference = d.header.reference.is_some() || p.reference.is_some();
        if d.header.date.is_none() && !reference {
            eprintln!(
                "lgsco: warning: {}: no decision date and no reference, in the text or the file name: the schema needs a date, so FRBRdate is 1970-01-01 marked name=\"unknown\"",
                escape(&p.name)
            );
        }
        for dropped in &export.dropped {
            eprintln!("lgsco: {}: {dropped}", escape(&p.name));
        }
        match dir {
            Some(dir) => write_file(dir, &p.name, &export.xml),
            None => {
                w.write_all(export.xml.as_bytes())?;
                Ok(())
            }
        }
    })?;
    w.finish()?;
    if tally.interrupted {
        return Ok(Status::Interrupted);
    }
    Ok(tally.status)
}

/// `DIR/<file stem>.xml` (`<stem>-N.xml` for the Nth statement of a joined
/// file); standard input becomes `stdin.xml`. Each written whole.
fn write_file(dir: &Path, name: &str, xml: &str) -> Result<(), Failure> {
    let (file, part) = match name.rsplit_once('#') {
        Some((f, n)) if n.bytes().all(|b| b.is_ascii_digit()) => (f, Some(n)),
        _ => (name, None),
    };
    let stem = Path::new(file)
        .file_stem()
        .map_or_else(|| "stdin".into(), |s| s.to_string_lossy());
    let stem = if stem == "-" { "stdin".into() } else { stem };
    let path = match part {
        Some(n) => dir.join(format!("{stem}-{n}.xml")),
        None => dir.join(format!("{stem}.xml")),
    };
    let mut f = crate::out::Whole::create(&path)?;
    f.write_all(xml.as_bytes())?;
    f.commit()
}
