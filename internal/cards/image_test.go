package cards

import "image"

type imageAt struct {
	img        image.Image
	mmPerPixel float64
}
