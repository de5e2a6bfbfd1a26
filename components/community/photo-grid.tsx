import Image from "next/image";

/**
 * Photos as a grid of square thumbnails (the small WebPs), each opening the full photo in a new
 * tab: a post's several photos and a 책방 listing's. `alt` names each one ("첨부 사진 2").
 */
export function PhotoGrid({
  photos,
  label,
  altPrefix,
  className = "mt-4",
}: {
  photos: { id: number; url: string; thumbnailUrl: string }[];
  /** The list's accessible name ("첨부 사진"). */
  label: string;
  altPrefix: string;
  className?: string;
}) {
  return (
    <ul
      className={`${className} grid grid-cols-2 gap-2 px-4 sm:grid-cols-3 sm:px-5`}
      aria-label={label}
    >
      {photos.map((photo, i) => (
        <li key={photo.id}>
          <a
            href={photo.url}
            target="_blank"
            rel="noreferrer"
            className="relative block aspect-square overflow-hidden rounded-lg border border-gray-100 bg-gray-50"
          >
            <Image
              src={photo.thumbnailUrl}
              alt={`${altPrefix} ${i + 1}`}
              fill
              unoptimized
              sizes="(min-width: 640px) 220px, 50vw"
              className="object-cover"
            />
          </a>
        </li>
      ))}
    </ul>
  );
}
