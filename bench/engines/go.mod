module github.com/rodedraad/rodedraad/bench/engines

go 1.26.0

require (
	github.com/carlos7ags/folio v0.11.0
	github.com/rodedraad/rodedraad v0.0.0
)

require (
	github.com/BurntSushi/toml v1.6.0 // indirect
	github.com/go-pdf/fpdf v0.9.0 // indirect
	github.com/yuin/goldmark v1.8.5 // indirect
	golang.org/x/image v0.47.0 // indirect
	golang.org/x/net v0.61.0 // indirect
	golang.org/x/text v0.43.0 // indirect
)

replace github.com/rodedraad/rodedraad => ../..
