import { encode } from 'uqr';

/**
 * A QR code for a web address, drawn as one SVG path (no script, no image
 * request, so it passes the content security policy). Medium error
 * correction keeps it readable from across a living room; the quiet zone of
 * four modules is part of the standard and of what phones need to find it.
 */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const qr = encode(value, { ecc: 'M', border: 4 });
  let path = '';
  qr.data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
