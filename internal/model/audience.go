package model

// Audience is who a reflection question is for.
type Audience string

// The audiences of reflection questions.
const (
	Professional Audience = "professional"
	Team         Audience = "team"
	Management   Audience = "management"
	Board        Audience = "board"
	Policy       Audience = "policy"
)

// Audiences are all audiences, from the work floor up.
var Audiences = []Audience{Professional, Team, Management, Board, Policy}
