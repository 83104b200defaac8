//! Compiles the built-in knowledge base (`data/*.tsv`) into the gazetteer's binary
//! form, so that loading it takes milliseconds instead of building an automaton of a
//! hundred thousand names at every start.

#[path = "src/builder.rs"]
#[allow(dead_code)]
mod builder;
#[path = "src/error.rs"]
#[allow(dead_code)]
mod error;
#[path = "src/gazetteer.rs"]
#[allow(dead_code)]
mod gazetteer;
#[path = "src/records.rs"]
#[allow(dead_code)]
mod records;
#[path = "src/table.rs"]
#[allow(dead_code)]
mod table;

use std::path::Path;

pub(crate) use error::Error;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let data = Path::new(&manifest).join("data");
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=src");
    let mut names: Vec<String> = std::fs::read_dir(&data)
        .expect("data/ is readable")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".tsv"))
        .collect();
    names.sort();
    let mut records = builder::Records::default();
    let mut list =
        String::from("/// The built-in data files, by name, in the order they are read.\n");
    list.push_str("pub const BUILTIN: &[(&str, &str)] = &[\n");
    for name in &names {
        let path = data.join(name);
        let text = std::fs::read_to_string(&path).expect("data files are UTF-8");
        if let Err(e) = records.add_text(name, &text) {
            panic!("built-in knowledge base: {e}");
        }
        list.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    list.push_str("];\n");
    std::fs::write(Path::new(&out).join("builtin.rs"), list).expect("OUT_DIR is writable");
    let gazetteer = gazetteer::Gazetteer::compile(&records);
    std::fs::write(Path::new(&out).join("gazetteer.bin"), gazetteer.to_bytes())
        .expect("OUT_DIR is writable");
}
