//! A small element tree of an Akoma Ntoso file: names without prefixes, attributes, text.
//! AKN resolutions are a few hundred kilobytes, so a tree is simpler to walk than events and
//! costs little. A `<!DOCTYPE>` is refused, and only character references and the five
//! predefined entities are read (as for DOCX), so nothing is ever expanded or fetched.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::AknError;
use crate::input::limits::MAX_XML_ELEMENTS;
use crate::input::xml_ref::{BadRef, resolve};

/// Deeper than any AKN resolution nests (about 12); a cap so that a hostile file cannot
/// exhaust the stack of the recursive walks.
const MAX_DEPTH: usize = 256;

#[derive(Debug, Clone)]
pub enum Node {
    El(Elem),
    Text(String),
}

#[derive(Debug, Clone, Default)]
pub struct Elem {
    /// Local name: `paragraph`, not `akn:paragraph`.
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
    /// Byte offset of the start tag, for messages.
    pub offset: u64,
}

impl Elem {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Child elements.
    pub fn elems(&self) -> impl Iterator<Item = &Elem> {
        self.children.iter().filter_map(|n| match n {
            Node::El(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    pub fn child(&self, name: &str) -> Option<&Elem> {
        self.elems().find(|e| e.name == name)
    }

    /// The first element of that name at any depth, this one included.
    pub fn find(&self, name: &str) -> Option<&Elem> {
        if self.name == name {
            return Some(self);
        }
        self.elems().find_map(|e| e.find(name))
    }

    /// Every element of that name at any depth, outermost first.
    pub fn find_all<'a>(&'a self, name: &str, out: &mut Vec<&'a Elem>) {
        for e in self.elems() {
            if e.name == name {
                out.push(e);
            } else {
                e.find_all(name, out);
            }
        }
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split_whitespace().any(|w| w == class))
    }
}

fn local(name: &str) -> String {
    match name.rsplit_once(':') {
        Some((_, l)) => l.to_string(),
        None => name.to_string(),
    }
}

fn open(e: &BytesStart<'_>, offset: u64) -> Result<Elem, AknError> {
    let mut attrs = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|err| AknError::Xml {
            offset,
            reason: err.to_string(),
        })?;
        let value = a
            .normalized_value(quick_xml::XmlVersion::Explicit1_0)
            .map_err(|err| AknError::Xml {
                offset,
                reason: err.to_string(),
            })?;
        xml_chars(&value, offset)?;
        attrs.push((local(a.key.as_ref()), value.into_owned()));
    }
    Ok(Elem {
        name: local(e.name().as_ref()),
        attrs,
        children: Vec::new(),
        offset,
    })
}

/// Refuses a character XML 1.0 forbids, written raw or as a reference (`&#1;`, `&#xFFFE;`):
/// such a file is not XML, and what it holds there cannot be written back to XML. C1 controls
/// (`&#x85;`) are XML and are read; the command line says where a text holds one.
fn xml_chars(text: &str, offset: u64) -> Result<(), AknError> {
    let forbidden = |c: char| matches!(c, '\0'..='\x08' | '\x0b' | '\x0c' | '\x0e'..='\x1f' | '\u{fffe}' | '\u{ffff}');
    match text.chars().find(|c| forbidden(*c)) {
        None => Ok(()),
        Some(c) => Err(AknError::Xml {
            offset,
            reason: format!("the character U+{:04X} is not allowed in XML", u32::from(c)),
        }),
    }
}

/// Text outside the root element: only spacing may stand there.
fn outside(text: &str, at: u64) -> Result<(), AknError> {
    if text.trim().is_empty() {
        return Ok(());
    }
    Err(AknError::Xml {
        offset: at,
        reason: format!(
            "text outside the root element: “{}”",
            crate::model::text::excerpt(text.trim(), 40)
        ),
    })
}

/// A second element where the root has ended.
fn second_root(name: &str, at: u64) -> AknError {
    AknError::Xml {
        offset: at,
        reason: format!(
            "a second root element <{}> after the first: an XML file has one",
            local(name)
        ),
    }
}

/// Text read at byte `at`, checked, added to the open element.
fn text_at(stack: &mut [Elem], text: &str, at: u64) -> Result<(), AknError> {
    xml_chars(text, at)?;
    if stack.is_empty() {
        outside(text, at)?;
    }
    push_text(stack, text);
    Ok(())
}

fn push_text(stack: &mut [Elem], text: &str) {
    if let Some(top) = stack.last_mut() {
        match top.children.last_mut() {
            Some(Node::Text(t)) => t.push_str(text),
            _ => top.children.push(Node::Text(text.to_string())),
        }
    }
}

/// Parses the whole file into its root element.
pub fn parse(xml: &str) -> Result<Elem, AknError> {
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<Elem> = Vec::new();
    let mut root: Option<Elem> = None;
    // Each element is kept until the tree is walked: refused as they are read.
    let mut elements = 0usize;
    loop {
        let at = reader.buffer_position();
        let event = reader.read_event().map_err(|e| AknError::Xml {
            offset: reader.error_position(),
            reason: e.to_string(),
        })?;
        if matches!(event, Event::Start(_) | Event::Empty(_)) {
            elements += 1;
            if elements > MAX_XML_ELEMENTS {
                return Err(AknError::TooManyElements(MAX_XML_ELEMENTS));
            }
        }
        match event {
            Event::DocType(_) => return Err(AknError::Dtd),
            // Only the file's first bytes may declare it (a BOM aside).
            Event::Decl(_) if xml[..at as usize].trim_start_matches('\u{feff}').is_empty() => {}
            Event::Decl(_) => {
                return Err(AknError::Xml {
                    offset: at,
                    reason: "an XML declaration (<?xml ...?>) inside the file: it may only open it"
                        .into(),
                });
            }
            Event::Start(e) | Event::Empty(e) if stack.is_empty() && root.is_some() => {
                return Err(second_root(e.name().as_ref(), at));
            }
            Event::Start(e) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(AknError::TooDeep(MAX_DEPTH));
                }
                stack.push(open(&e, at)?);
            }
            Event::Empty(e) => {
                let el = open(&e, at)?;
                match stack.last_mut() {
                    Some(top) => top.children.push(Node::El(el)),
                    None => root = root.or(Some(el)),
                }
            }
            Event::End(_) => {
                let Some(done) = stack.pop() else {
                    continue;
                };
                match stack.last_mut() {
                    Some(top) => top.children.push(Node::El(done)),
                    None => root = root.or(Some(done)),
                }
            }
            Event::Text(t) => text_at(&mut stack, &t.xml10_content(), at)?,
            Event::CData(t) => text_at(&mut stack, &t.xml10_content(), at)?,
            Event::GeneralRef(r) => {
                let c = resolve(&r).map_err(|bad| match bad {
                    BadRef::CharRef => AknError::Xml {
                        offset: at,
                        reason: "bad character reference".into(),
                    },
                    BadRef::Entity(name) => AknError::Entity(name),
                })?;
                text_at(&mut stack, c.encode_utf8(&mut [0; 4]), at)?;
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !stack.is_empty() {
        return Err(AknError::Xml {
            offset: reader.buffer_position(),
            reason: format!("the file ends inside <{}>", stack[stack.len() - 1].name),
        });
    }
    root.ok_or(AknError::NotAkn("no root element".into()))
}
