package browsertest

import (
	"fmt"
	"io"
	"net/http"
	"time"
)

// PollPage gets url every interval, as a browser opening the page does
// (Hugo's server keeps the pages a browser navigated to up to date
// first), until the page answers 200 with a body that satisfies ok. It
// returns that body, or an error with the last body after within.
func PollPage(url string, every, within time.Duration, ok func(body string) bool) (string, error) {
	client := &http.Client{Timeout: 5 * time.Second}
	deadline := time.Now().Add(within)
	last := ""
	for time.Now().Before(deadline) {
		req, err := http.NewRequest(http.MethodGet, url, nil)
		if err != nil {
			return "", err
		}
		req.Header.Set("Sec-Fetch-Mode", "navigate")
		if resp, err := client.Do(req); err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			last = string(body)
			if resp.StatusCode == http.StatusOK && ok(last) {
				return last, nil
			}
		}
		time.Sleep(every)
	}
	return "", fmt.Errorf("%s did not get there within %s; last page:\n%.2000s", url, within, last)
}
