import { useMemo } from 'react';
import { encodeQr } from './qr-code';

/** A QR code as SVG: sharp at any size and in print. Four modules of light margin, as scanners need. */
export function QrCode({ text, label, size = 200 }: { text: string; label: string; size?: number }) {
  const { path, dimension } = useMemo(() => {
    const code = encodeQr(text);
    const parts: string[] = [];
    code.modules.forEach((row, y) => row.forEach((dark, x) => dark && parts.push(`M${x + 4} ${y + 4}h1v1h-1z`)));
    return { path: parts.join(''), dimension: code.size + 8 };
  }, [text]);
  return (
    <svg
      className="mirror-qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${dimension} ${dimension}`}
      shapeRendering="crispEdges"
    >
      <rect width={dimension} height={dimension} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
