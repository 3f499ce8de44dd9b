//! The zip package of a `.docx` file, as both Word renderers (`amend_docx`, `proposal_docx`)
//! write it: each part deflated, in the order given.

use std::io::{Seek, Write};

use zip::ZipWriter;
use zip::write::SimpleFileOptions;

use super::RenderError;

/// The parts (name, XML) as a package written to `out`, which is handed back when complete.
/// On an error `out` is dropped holding part of a package.
pub(super) fn write<W: Write + Seek>(
    parts: impl IntoIterator<Item = (&'static str, String)>,
    out: W,
) -> Result<W, RenderError> {
    let mut zip = ZipWriter::new(Latch {
        inner: out,
        failed: false,
    });
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (part, xml) in parts {
        let package = |source| RenderError::Package { part, source };
        zip.start_file(part, opts).map_err(package)?;
        zip.write_all(xml.as_bytes())
            .map_err(|e| package(e.into()))?;
    }
    zip.finish()
        .map(|latch| latch.inner)
        .map_err(|source| RenderError::Package {
            part: "the zip directory",
            source,
        })
}

/// A writer that, after its first error, takes and discards everything. The zip writer,
/// dropped after an error, tries again to finish the archive and prints that failure to
/// stderr; the library never prints, and the first error is the one [`write`] returns.
struct Latch<W> {
    inner: W,
    failed: bool,
}

impl<W> Latch<W> {
    fn watch<T>(&mut self, r: std::io::Result<T>) -> std::io::Result<T> {
        self.failed |= r.is_err();
        r
    }
}

impl<W: Write> Write for Latch<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.failed {
            return Ok(buf.len());
        }
        let r = self.inner.write(buf);
        self.watch(r)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.failed {
            return Ok(());
        }
        let r = self.inner.flush();
        self.watch(r)
    }
}

impl<W: Seek> Seek for Latch<W> {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        if self.failed {
            return Ok(0);
        }
        let r = self.inner.seek(to);
        self.watch(r)
    }
}
