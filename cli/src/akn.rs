//! `lgsco akn`: each statement as an Akoma Ntoso 3.0 document.

use crate::args::AknArgs;
use crate::batch;
use crate::out::{self, Failure, Status};
use std::io::Write;
use std::path::Path;

pub fn run(a: &AknArgs) -> Result<Status, Failure> {
    if let Some(dir) = &a.out {
        std::fs::create_dir_all(dir)
            .map_err(|e| Failure::Fatal(format!("{}: cannot create: {e}", dir.display())))?;
    }
    let mut w = out::stdout();
    let tally = batch::run(&a.common, true, |p| {
        let Ok(d) = &p.decision else {
            return Ok(());
        };
        let export = lgsco::akn::export(d);
        for dropped in &export.dropped {
            eprintln!("lgsco: {}: {dropped}", p.name);
        }
        match &a.out {
            Some(dir) => write_file(dir, &p.name, &export.xml),
            None => {
                w.write_all(export.xml.as_bytes())?;
                Ok(())
            }
        }
    })?;
    out::finish(w)?;
    Ok(tally.status)
}

/// `DIR/<file stem>.xml`; standard input becomes `stdin.xml`.
fn write_file(dir: &Path, name: &str, xml: &str) -> Result<(), Failure> {
    let stem = Path::new(name)
        .file_stem()
        .map_or_else(|| "stdin".into(), |s| s.to_string_lossy());
    let stem = if stem == "-" { "stdin".into() } else { stem };
    let path = dir.join(format!("{stem}.xml"));
    std::fs::write(&path, xml)
        .map_err(|e| Failure::Fatal(format!("{}: cannot write: {e}", path.display())))
}
