/** Where a stored photo is served (GET /api/v1/uploads/:id, same-school signed-in users only). */
export function photoUrl(photoId: number): string {
  return `/api/v1/uploads/${photoId}`;
}

/** Its small WebP thumbnail (at most 480 px a side), for lists and grids. */
export function photoThumbnailUrl(photoId: number): string {
  return `/api/v1/uploads/${photoId}?size=thumb`;
}
