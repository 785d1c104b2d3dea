//! Helpers shared by the unit tests of this crate.
use newsflow_core::Block;

/// One plain-text block per line, numbered from 1.
pub fn blocks(lines: &[&str]) -> Vec<Block> {
    lines.iter().enumerate().map(|(i, l)| Block::paragraph(*l, i + 1)).collect()
}

/// Each block's word count.
pub fn word_counts(blocks: &[Block]) -> Vec<usize> {
    blocks.iter().map(|b| newsflow_text::word_count(&b.text)).collect()
}
