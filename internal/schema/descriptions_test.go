package schema

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDescriptions checks that descriptions.json holds the model's
// current doc comments; -update rewrites it.
func TestDescriptions(t *testing.T) {
	docs := modelDocs(t, "../model")
	used := map[string]bool{}
	for _, k := range Kinds {
		generate(k, used)
	}
	keep := map[string]string{}
	for key := range used {
		if docs[key] != "" {
			keep[key] = docs[key]
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(keep); err != nil { // a map comes out sorted by key
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("descriptions.json", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		// The embedded copy is the old one until the next build: use the
		// new one, so the golden schema this run writes has it too.
		descriptions = keep
		return
	}
	if !bytes.Equal(buf.Bytes(), descriptionsJSON) {
		t.Error("descriptions.json is out of date with the doc comments in internal/model: run go test ./internal/schema -update")
	}
}

// modelDocs reads the doc comments of the types and struct fields in the
// Go files of dir, by 'Type' and 'Type.Field', each as one line.
func modelDocs(t *testing.T, dir string) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			gen, ok := decl.(*ast.GenDecl)
			if !ok || gen.Tok != token.TYPE {
				continue
			}
			for _, spec := range gen.Specs {
				ts := spec.(*ast.TypeSpec)
				doc := ts.Doc
				if doc == nil && len(gen.Specs) == 1 {
					doc = gen.Doc
				}
				docs[ts.Name.Name] = oneLine(doc)
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					continue
				}
				for _, field := range st.Fields.List {
					doc := field.Doc
					if doc == nil {
						doc = field.Comment
					}
					for _, n := range field.Names {
						docs[ts.Name.Name+"."+n.Name] = oneLine(doc)
					}
				}
			}
		}
	}
	return docs
}

func oneLine(c *ast.CommentGroup) string {
	if c == nil {
		return ""
	}
	return strings.Join(strings.Fields(c.Text()), " ")
}
