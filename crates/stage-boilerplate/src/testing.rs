//! Helpers shared by the unit tests of this crate.
use newsflow_core::Block;

/// One plain-text block per line, numbered from 1.
pub fn blocks(lines: &[&str]) -> Vec<Block> {
    lines.iter().enumerate().map(|(i, l)| Block::paragraph(*l, i + 1)).collect()
}
