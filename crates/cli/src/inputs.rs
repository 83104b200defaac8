//! Turning paths into articles: files, directories (walked for .txt files) and `-`.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// One article to analyse.
pub struct Input {
    /// What to call it in messages.
    pub label: String,
    /// Its id in the output: the file stem, or `stdin`.
    pub id: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// File name endings read as articles when walking a directory.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt"];

/// Expands `paths` into inputs. Problems with single paths are returned beside the
/// inputs, so that one bad path never stops the others.
pub fn collect(paths: &[PathBuf]) -> (Vec<Result<Input>>, usize) {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            out.push(
                std::io::stdin()
                    .read_to_end(&mut bytes)
                    .context("cannot read standard input")
                    .map(|_| Input { label: "<stdin>".into(), id: "stdin".into(), bytes }),
            );
        } else if path.is_dir() {
            let mut files = Vec::new();
            if let Err(e) = walk(path, &mut files) {
                out.push(Err(e));
                continue;
            }
            if files.is_empty() {
                out.push(Err(anyhow::anyhow!(
                    "{}: no articles (.txt files) in this directory",
                    path.display()
                )));
            }
            files.sort();
            out.extend(files.iter().map(|f| read_file(f)));
        } else {
            out.push(read_file(path));
        }
    }
    let count = out.len();
    (out, count)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let entries =
        fs::read_dir(dir).with_context(|| format!("{}: cannot list directory", dir.display()))?;
    for entry in entries {
        let path =
            entry.with_context(|| format!("{}: cannot list directory", dir.display()))?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e))
            && !path.to_string_lossy().ends_with(".gold.json")
        {
            files.push(path);
        }
    }
    Ok(())
}

/// Reads one file.
pub fn read_file(path: &Path) -> Result<Input> {
    let bytes = fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let id =
        path.file_stem().map_or_else(|| "article".into(), |s| s.to_string_lossy().into_owned());
    Ok(Input { label: path.display().to_string(), id, bytes })
}
