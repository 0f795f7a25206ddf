package model

// Markdown is block-level Markdown: paragraphs, lists, emphasis, links.
type Markdown string

// Inline is one run of inline Markdown, such as a question with
// *emphasis*: no paragraphs, lists or headings.
type Inline string
