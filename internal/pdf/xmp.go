package pdf

import (
	"encoding/xml"
	"strings"
)

// xmp is the document's XMP metadata: its title, author, subject and
// language, and that it claims PDF/UA-1.
func (d *Document) xmp() []byte {
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` + "\n")
	b.WriteString(`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">` + "\n")
	b.WriteString("<pdfuaid:part>1</pdfuaid:part>\n")
	lang := d.info.Lang
	if lang == "" {
		lang = "x-default"
	}
	b.WriteString(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">` + esc(d.info.Title) + "</rdf:li></rdf:Alt></dc:title>\n")
	if d.info.Author != "" {
		b.WriteString("<dc:creator><rdf:Seq><rdf:li>" + esc(d.info.Author) + "</rdf:li></rdf:Seq></dc:creator>\n")
	}
	if d.info.Subject != "" {
		b.WriteString(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">` + esc(d.info.Subject) + "</rdf:li></rdf:Alt></dc:description>\n")
	}
	if d.info.Lang != "" {
		b.WriteString("<dc:language><rdf:Bag><rdf:li>" + esc(lang) + "</rdf:li></rdf:Bag></dc:language>\n")
	}
	if !d.info.Date.IsZero() {
		date := d.info.Date.Format("2006-01-02")
		b.WriteString("<xmp:CreateDate>" + date + "</xmp:CreateDate><xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n")
	}
	b.WriteString("<xmp:CreatorTool>rodedraad</xmp:CreatorTool><pdf:Producer>rodedraad</pdf:Producer>\n")
	b.WriteString("</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>")
	return []byte(b.String())
}
