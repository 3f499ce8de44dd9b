//! Counts of clauses per change class.

use std::fmt;
use std::ops::Index;

use std::collections::BTreeMap;

use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize};

use super::Change;

/// How many clauses (at every depth) have each change class; every class is present, zero or
/// not. Serialised as the JSON contract has it: a map from ITU symbol to count, keys in the
/// order of the symbols' text (`(MOD)`, `ADD`, `ADD*`, `MOD`, `NOC`, `SUP`, `SUP*`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary([usize; Change::ALL.len()]);

impl Summary {
    /// One more clause of class `change`.
    pub fn add(&mut self, change: Change) {
        self.0[change as usize] += 1;
    }

    /// Each class and its count, in ITU's order ([`Change::ALL`]).
    pub fn iter(&self) -> impl Iterator<Item = (Change, usize)> + '_ {
        Change::ALL.iter().map(|&c| (c, self[c]))
    }

    /// All clauses counted.
    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }
}

/// `ADD 4, MOD 2, (MOD) 5`: the classes that occur, in ITU's order.
impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut sep = "";
        for (c, n) in self.iter().filter(|&(_, n)| n > 0) {
            write!(f, "{sep}{} {n}", c.symbol())?;
            sep = ", ";
        }
        Ok(())
    }
}

impl Index<Change> for Summary {
    type Output = usize;

    fn index(&self, change: Change) -> &usize {
        &self.0[change as usize]
    }
}

impl Serialize for Summary {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut classes = Change::ALL;
        classes.sort_by_key(|c| c.symbol());
        let mut map = s.serialize_map(Some(classes.len()))?;
        for c in classes {
            map.serialize_entry(c.symbol(), &self[c])?;
        }
        map.end()
    }
}

/// A summary read back (from a diff's JSON): the counts it holds, zero for a class it omits.
impl<'de> Deserialize<'de> for Summary {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let counts = BTreeMap::<Change, usize>::deserialize(d)?;
        let mut out = Summary::default();
        for (c, n) in counts {
            out.0[c as usize] = n;
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_the_symbol_map_it_replaced() {
        let mut s = Summary::default();
        s.add(Change::SupMoved);
        s.add(Change::Editorial);
        s.add(Change::Editorial);
        assert_eq!(
            serde_json::to_string(&s).expect("json"),
            r#"{"(MOD)":2,"ADD":0,"ADD*":0,"MOD":0,"NOC":0,"SUP":0,"SUP*":1}"#
        );
        assert_eq!((s[Change::Editorial], s.total()), (2, 3));
        assert_eq!(s.to_string(), "(MOD) 2, SUP* 1");
        let json = serde_json::to_string(&s).expect("json");
        assert_eq!(serde_json::from_str::<Summary>(&json).expect("reads"), s);
    }
}
