package output

import (
	"errors"

	"golang.org/x/sys/unix"
)

// exchange swaps the directories a and b in one step.
func exchange(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	// Old kernels do not know the call; some file systems not the flag.
	if errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EINVAL) {
		return errNoExchange
	}
	return err
}
