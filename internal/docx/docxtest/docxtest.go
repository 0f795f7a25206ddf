// Package docxtest writes small Word documents for tests: a zip archive
// with the parts Word writes, in WordprocessingML, with the Dutch style
// ids of Dutch Word ('Kop1', 'Lijstalinea').
package docxtest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"sort"
	"strings"
)

// Document is a Word document: its paragraphs, written with P, Heading
// and Item, and the addresses of its links by relation id.
type Document struct {
	Body  []string
	Links map[string]string
	// XML, when set, is the whole document part instead of Body, for
	// tests of what Word would never write.
	XML string
}

// The lists of the document's numbering part.
const (
	Bullets  = 1 // bullets on every level
	Numbered = 2 // numbers on the first level, bullets below
)

// P is a paragraph of style (none for "") with runs.
func P(style string, runs ...string) string {
	props := ""
	if style != "" {
		props = fmt.Sprintf(`<w:pPr><w:pStyle w:val="%s"/></w:pPr>`, style)
	}
	return "<w:p>" + props + strings.Join(runs, "") + "</w:p>"
}

// Heading is a heading of level 1 or 2, as Dutch Word names their styles.
func Heading(level int, text string) string {
	return P(fmt.Sprintf("Kop%d", level), R(text))
}

// Item is an item of list, at level (0 at the top), as Word writes one.
func Item(list, level int, runs ...string) string {
	return fmt.Sprintf(`<w:p><w:pPr><w:pStyle w:val="Lijstalinea"/><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr></w:pPr>%s</w:p>`,
		level, list, strings.Join(runs, ""))
}

// R is a run of plain text.
func R(text string) string { return run("", text) }

// B is a run in bold, I one in italics.
func B(text string) string { return run("<w:b/>", text) }
func I(text string) string { return run("<w:i/>", text) }

// Styled is a run in a character style, such as "Zwaar" (Strong).
func Styled(style, text string) string {
	return run(fmt.Sprintf(`<w:rStyle w:val="%s"/>`, style), text)
}

// Break is a line break within a paragraph (Shift+Enter).
func Break() string { return "<w:r><w:br/></w:r>" }

func run(props, text string) string {
	if props != "" {
		props = "<w:rPr>" + props + "</w:rPr>"
	}
	return fmt.Sprintf(`<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>`, props, html.EscapeString(text))
}

// Link is a hyperlink to the address of relation id, as Word writes one.
func Link(id string, runs ...string) string {
	return fmt.Sprintf(`<w:hyperlink r:id="%s" w:history="1">%s</w:hyperlink>`, id, strings.Join(runs, ""))
}

// FieldLink is a link written as a HYPERLINK field, as older documents
// and some converters write them.
func FieldLink(address string, runs ...string) string {
	return fmt.Sprintf(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "%s" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
		html.EscapeString(address), strings.Join(runs, ""))
}

// Bytes is the document as a .docx file.
func (d Document) Bytes() []byte {
	body := d.XML
	if body == "" {
		body = d.XMLPart()
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, part := range []struct{ name, data string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRelations},
		{"word/document.xml", body},
		{"word/_rels/document.xml.rels", d.relations()},
		{"word/styles.xml", styles},
		{"word/numbering.xml", numbering},
	} {
		w, err := zw.Create(part.name)
		if err == nil {
			_, err = w.Write([]byte(part.data))
		}
		if err != nil {
			panic(err) // writing to memory does not fail
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// XMLPart is the document part Body makes.
func (d Document) XMLPart() string {
	return header + `<w:document xmlns:w="` + wordNS + `" xmlns:r="` + relNS + `"><w:body>` +
		strings.Join(d.Body, "\n") + `<w:sectPr/></w:body></w:document>`
}

func (d Document) relations() string {
	ids := make([]string, 0, len(d.Links))
	for id := range d.Links {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var b strings.Builder
	b.WriteString(header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	b.WriteString(`<Relationship Id="rIdStyles" Type="` + relNS + `/styles" Target="styles.xml"/>`)
	b.WriteString(`<Relationship Id="rIdNumbering" Type="` + relNS + `/numbering" Target="numbering.xml"/>`)
	for _, id := range ids {
		fmt.Fprintf(&b, `<Relationship Id="%s" Type="%s/hyperlink" Target="%s" TargetMode="External"/>`, id, relNS, html.EscapeString(d.Links[id]))
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

const (
	header = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	relNS  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
)

const contentTypes = header + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
	`</Types>`

const packageRelations = header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="` + relNS + `/officeDocument" Target="word/document.xml"/></Relationships>`

const styles = header + `<w:styles xmlns:w="` + wordNS + `">` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standaard"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Lijstalinea"><w:name w:val="List Paragraph"/><w:basedOn w:val="Standaard"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Lijstopsommingsteken"><w:name w:val="List Bullet"/><w:basedOn w:val="Standaard"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
	`<w:style w:type="character" w:styleId="Zwaar"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>` +
	`<w:style w:type="character" w:styleId="Nadruk"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style>` +
	`</w:styles>`

const numbering = header + `<w:numbering xmlns:w="` + wordNS + `">` +
	`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
	`<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
	`</w:numbering>`
