package message

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// formatArgument says which argument of a call is an English format to
// translate, by the name of what is called: message's own functions and
// the helpers that pass their format on to it.
var formatArgument = map[string][]int{
	"New": {0}, "Errorf": {0}, "Plural": {1, 2}, // message.New etc.
	"errorf": {1}, "warnf": {1}, "unboundf": {1}, "fileErrorf": {0}, // internal/load
	"say": {0}, "count": {1, 2}, // cmd/rodedraad
}

// sourceFormats finds every English format in the module's code.
func sourceFormats(t *testing.T) map[string]string {
	t.Helper()
	root := filepath.Join("..", "..")
	found := map[string]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		file, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok {
				// Templates say their texts as {{call .T "format" ...}}.
				if s, ok := literal(lit); ok {
					for _, m := range templateText.FindAllStringSubmatch(s, -1) {
						found[m[1]] = fset.Position(lit.Pos()).String()
					}
				}
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			name := ""
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				if x, ok := fn.X.(*ast.Ident); ok && x.Name != "message" && (fn.Sel.Name == "New" || fn.Sel.Name == "Errorf" || fn.Sel.Name == "Plural") {
					return true // another package's New or Errorf
				}
				name = fn.Sel.Name
			}
			for _, i := range formatArgument[name] {
				if i < len(call.Args) {
					if s, ok := literal(call.Args[i]); ok && hasWords(s) {
						found[s] = fset.Position(call.Pos()).String()
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// templateText is a text a template shows through the language.
var templateText = regexp.MustCompile(`call (?:\.T|\$t) "((?:[^"\\]|\\.)*)"`)

// literal is the value of a string literal, or of literals joined by +.
func literal(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		a, ok1 := literal(e.X)
		b, ok2 := literal(e.Y)
		return a + b, ok1 && ok2 && e.Op == token.ADD
	}
	return "", false
}

func hasWords(s string) bool {
	return strings.IndexFunc(verbs.ReplaceAllString(s, ""), unicode.IsLetter) >= 0
}

var verbs = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// verbList is the verbs of a format in the order their arguments are
// used, numbered verbs put in their place.
func verbList(format string) []string {
	var out []string
	next := 1
	for _, v := range verbs.FindAllStringSubmatch(format, -1) {
		if v[0] == "%%" {
			continue
		}
		n := next
		if v[1] != "" {
			n, _ = strconv.Atoi(strings.Trim(v[1], "[]"))
		}
		letter := v[0][len(v[0])-1:]
		for len(out) < n {
			out = append(out, "")
		}
		out[n-1] = letter
		next = n + 1
	}
	return out
}

func TestEveryFormatHasDutch(t *testing.T) {
	formats := sourceFormats(t)
	if len(formats) < 100 {
		t.Fatalf("found only %d formats: does the scan still see the calls?", len(formats))
	}
	var missing []string
	for f, at := range formats {
		if _, ok := dutch[f]; !ok {
			missing = append(missing, at+": "+strconv.Quote(f))
		}
	}
	slices.Sort(missing)
	for _, m := range missing {
		t.Errorf("no Dutch for %s", m)
	}
	for f := range dutch {
		if _, ok := formats[f]; !ok {
			t.Errorf("the catalogue translates %q, which the code no longer says", f)
		}
	}
}

func TestDutchHasTheSameVerbs(t *testing.T) {
	for en, nl := range dutch {
		if a, b := verbList(en), verbList(nl); !slices.Equal(a, b) {
			t.Errorf("verbs differ:\n en %q %v\n nl %q %v", en, a, nl, b)
		}
	}
}
