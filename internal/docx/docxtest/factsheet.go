package docxtest

// Factsheet is a small factsheet of our own words as an author writes
// it in Word: headings in heading styles, questions as a bulleted list
// with nested items, emphasis, and 'Meer weten?' links whose addresses
// only the document has (one as a hyperlink, one as a HYPERLINK field,
// one in a numbered list).
func Factsheet() Document {
	return Document{
		Body: []string{
			P("Titel", R("Thuis in de buurt")),
			P("", R("Wat we leerden in de werkplaats Oost (2023 - 2024)")),
			P("", R("In de "), B("werkplaats Oost"), R(" spraken ouders en hulpverleners twee jaar lang over "), I("hulp dichtbij huis"), R(".")),
			Heading(1, "Leeswijzer"),
			P("", R("Elk thema opent met een bevinding, gevolgd door vragen en voorbeelden.")),
			Heading(1, "Rode draad"),
			Heading(2, "Een vast gezicht"),
			P("", R("Gezinnen zien steeds andere hulpverleners en moeten hun verhaal telkens opnieuw doen.")),
			Heading(2, "Toelichting op bevinding"),
			P("", R("Wisselingen in teams komen vaak voor. Voor een gezin voelt elke wissel als opnieuw beginnen.")),
			Heading(2, "Reflectievragen voor professionals"),
			Item(Bullets, 0, R("Vertel ik het gezin op tijd wie het "), I("volgende"), R(" aanspreekpunt wordt?")),
			Item(Bullets, 1, R("Ook bij een korte vakantie?")),
			Item(Bullets, 0, R("Draag ik mijn gezinnen over met een "), B("warm gesprek"), R("?")),
			Heading(2, "Waar blijkt dit uit in de praktijk?"),
			Item(Bullets, 0, R("Een moeder heeft in een jaar vier verschillende contactpersonen gehad.")),
			Item(Bullets, 0, R("Overdrachten gaan vaak alleen per e-mailbericht.")),
			Heading(1, "Rode draad"),
			Heading(2, "Tijd voor het gesprek"),
			P("", R("Er is weinig ruimte om rustig met een gezin te praten.")),
			Heading(2, "Toelichting op bevinding"),
			P("", R("Volle agenda's maken gesprekken kort. Juist een rustig gesprek geeft vertrouwen.")),
			Heading(2, "Reflectievragen voor professionals"),
			Item(Bullets, 0, R("Plan ik genoeg tijd voor een eerste gesprek?")),
			Item(Bullets, 0, R("Merk ik het als een ouder meer wil vertellen?")),
			Heading(2, "Waar blijkt dit uit in de praktijk?"),
			Item(Bullets, 0, R("Huisbezoeken worden ingekort als het druk is.")),
			Heading(1, "Tot slot"),
			P("", R("Kleine stappen maken het verschil voor gezinnen.")),
			Heading(2, "Wat kun jij morgen al doen?"),
			Item(Bullets, 0, R("Stel jezelf voor met naam en bereikbaarheid")),
			Item(Bullets, 0, R("Neem bij een overdracht de nieuwe collega mee op huisbezoek")),
			Heading(1, "Meer weten?"),
			P("", R("Handreikingen")),
			Item(Bullets, 0, Link("rIdOverdracht", R("Handreiking warme overdracht")), R(" over het overdragen van gezinnen.")),
			Item(Bullets, 0, FieldLink("https://www.example.org/gesprek", R("Het goede gesprek")), R(": tips voor het eerste contact.")),
			P("", R("Achtergrond")),
			Item(Numbered, 0, Link("rIdOnderzoek", I("Onderzoek naar wisselingen"))),
			P("", R("Deze factsheet is gemaakt door de Werkplaats Oost www.werkplaats-oost.example")),
		},
		Links: map[string]string{
			"rIdOverdracht": "https://www.example.org/warme-overdracht",
			"rIdOnderzoek":  "https://www.example.org/onderzoek?jaar=2024&deel=2",
		},
	}
}
