pub fn merge() {}
