/** Offers a file to the user as a download; it is made on the device and goes nowhere else. */
export function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Draws an SVG document onto a canvas, on white, at `scale` times its size,
 * and returns it as a PNG. The SVG is read from a blob: URL, which the
 * Content-Security-Policy allows for images; nothing is fetched.
 */
export async function pngFromSvg(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.width = width;
		image.height = height;
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw the chart as a picture.');
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, canvas.width, canvas.height);
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be made into a PNG.'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
