//! Putting the content of a streamed (React server-rendered) page where its
//! scripts would.
//!
//! A page rendered with React's streaming server renderer (Next.js's App
//! Router, Remix and others) sends each part that was still loading when the
//! response began as a placeholder where it belongs, `<template id="B:3">`
//! (a Suspense boundary, followed by its fallback, "Loading paragraph…") or
//! `<template id="P:7">` (a segment), and the finished part later, at the end
//! of the page, as `<div hidden id="S:3">…</div>`. A small inline script,
//! `$RC("B:3","S:3")` or `$RS("S:7","P:7")`, moves the content into place in
//! the browser. Read as markup, such a page holds the fallbacks where the
//! article is and the article in hidden boxes at the end, which the walk
//! skips as hidden. Scripts are emptied before parsing (see
//! [`crate::raw_text`]), so the pairing is read from the ids, which React
//! writes from one number: placeholder `B:x` or `P:x` takes segment `S:x`.
//!
//! The boundary's fallback goes with it when the page still has the comments
//! React marks a boundary with (`<!--$?-->` before the placeholder, `<!--/$-->`
//! after the fallback); a page saved without comments keeps its fallback (a
//! few loading lines the next stage may strip) rather than lose any text.

use ego_tree::NodeId;
use rustc_hash::FxHashMap as HashMap;
use scraper::{Html, Node};

/// Moves each streamed segment's content to its placeholder, and drops the
/// fallback of a boundary that is marked with React's comments.
pub(crate) fn place_streamed_segments(html: &mut Html) {
    let mut segments: HashMap<String, NodeId> = HashMap::default();
    let mut placeholders: Vec<(NodeId, bool, String)> = Vec::new();
    for node in html.tree.root().descendants() {
        let Node::Element(el) = node.value() else { continue };
        let Some(id) = el.attr("id") else { continue };
        if let Some(number) = id.strip_prefix("S:") {
            if el.attr("hidden").is_some() {
                segments.insert(number.to_string(), node.id());
            }
        } else if el.name() == "template" {
            if let Some(number) = id.strip_prefix("B:") {
                placeholders.push((node.id(), true, number.to_string()));
            } else if let Some(number) = id.strip_prefix("P:") {
                placeholders.push((node.id(), false, number.to_string()));
            }
        }
    }
    if segments.is_empty() {
        return;
    }
    for (placeholder, boundary, number) in placeholders {
        let Some(&segment) = segments.get(&number) else { continue };
        if is_inside(html, placeholder, segment) {
            continue;
        }
        if boundary {
            drop_marked_fallback(html, placeholder);
        }
        let children: Vec<NodeId> = html.tree.get(segment).map(|s| s.children().map(|c| c.id()).collect()).unwrap_or_default();
        if let Some(mut at) = html.tree.get_mut(placeholder) {
            if at.parent().is_none() {
                continue;
            }
            for child in children {
                at.insert_id_before(child);
            }
        }
    }
}

/// Whether `node` is `container` or lies inside it.
fn is_inside(html: &Html, node: NodeId, container: NodeId) -> bool {
    let Some(node) = html.tree.get(node) else { return false };
    node.id() == container || node.ancestors().any(|a| a.id() == container)
}

/// The text of a comment node.
fn comment_text(html: &Html, id: NodeId) -> Option<&str> {
    match html.tree.get(id)?.value() {
        Node::Comment(c) => Some(&c.comment),
        _ => None,
    }
}

/// Detaches what follows a pending boundary's placeholder up to the comment
/// that closes the boundary, when the comment opening it (`$?`) stands right
/// before the placeholder; nested boundaries (`$`, `$?`, `$!`) are counted.
/// Without both marks nothing is dropped.
fn drop_marked_fallback(html: &mut Html, placeholder: NodeId) {
    let Some(node) = html.tree.get(placeholder) else { return };
    let opened = node.prev_sibling().is_some_and(|p| comment_text(html, p.id()) == Some("$?"));
    if !opened {
        return;
    }
    let mut fallback = Vec::new();
    let mut depth = 0usize;
    let mut closed = false;
    for sibling in node.next_siblings() {
        match comment_text(html, sibling.id()) {
            Some("/$") if depth == 0 => {
                closed = true;
                break;
            }
            Some("/$") => depth -= 1,
            Some("$" | "$?" | "$!") => depth += 1,
            _ => {}
        }
        fallback.push(sibling.id());
    }
    if !closed {
        return;
    }
    for id in fallback {
        if let Some(mut node) = html.tree.get_mut(id) {
            node.detach();
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{parse_html, HtmlOptions};

    fn texts(page: &str) -> Vec<String> {
        parse_html(page, &HtmlOptions::default()).map(|p| p.blocks.into_iter().map(|b| b.text).collect()).unwrap_or_default()
    }

    #[test]
    fn a_boundary_takes_its_segment_and_loses_its_marked_fallback() {
        let page = "<body><h1>Headline</h1><!--$?--><template id=\"B:0\"></template><div>Loading <!-- -->paragraph<!-- -->...</div><!--/$--><p>After the story.</p>\
            <div hidden id=\"S:0\"><p>First paragraph of the story.</p><p>Second paragraph.</p></div></body>";
        assert_eq!(texts(page), ["Headline", "First paragraph of the story.", "Second paragraph.", "After the story."]);
    }

    #[test]
    fn segments_nest_and_an_unmarked_fallback_stays() {
        let page = "<body><template id=\"B:1\"></template><div>Loading...</div>\
            <div hidden id=\"S:1\"><p>Outer text.</p><template id=\"P:2\"></template></div>\
            <div hidden id=\"S:2\"><p>Inner text.</p></div></body>";
        assert_eq!(texts(page), ["Outer text.", "Inner text.", "Loading..."]);
    }

    #[test]
    fn a_segment_holding_its_own_placeholder_and_unpaired_ids_are_left_alone() {
        let page = "<body><div hidden id=\"S:3\"><template id=\"B:3\"></template><p>Hidden.</p></div>\
            <template id=\"B:4\"></template><p>Shown.</p><div id=\"S:5\"><p>Not hidden, not moved.</p></div></body>";
        assert_eq!(texts(page), ["Shown.", "Not hidden, not moved."]);
    }
}
