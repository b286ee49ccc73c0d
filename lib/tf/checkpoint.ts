/**
 * A compact binary file of named float tensors with a JSON header: matrices as int8 with one
 * float32 scale per row (symmetric, scale = max|row| / 127), vectors as float32. Layout:
 * "MOECKPT1" · u32 header bytes · header JSON (UTF-8) · zero padding to 4 · the tensors in
 * header order, each padded to 4 bytes. Nothing here knows which model the tensors belong to.
 */

const MAGIC = 'MOECKPT1';
const INT8_MAX = 127;

export interface StoredTensor {
  shape: number[];
  data: Float32Array;
}

interface TensorEntry {
  name: string;
  shape: number[];
  encoding: 'int8-rows' | 'float32';
}

interface FileHeader<M> {
  meta: M;
  tensors: TensorEntry[];
}

const pad4 = (n: number) => (n + 3) & ~3;

/** Bytes of one tensor in the file (before padding). */
function payloadBytes(entry: TensorEntry): number {
  const size = entry.shape.reduce((a, b) => a * b, 1);
  if (entry.encoding === 'float32') return 4 * size;
  return 4 * entry.shape[0] + size;
}

/** Writes `tensors` (matrices quantised to int8 per row) and `meta` into one file. */
export function encodeCheckpoint<M>(meta: M, tensors: ReadonlyArray<readonly [string, StoredTensor]>): Uint8Array {
  const entries: TensorEntry[] = tensors.map(([name, t]) => ({ name, shape: [...t.shape], encoding: t.shape.length === 2 ? 'int8-rows' : 'float32' }));
  const header = new TextEncoder().encode(JSON.stringify({ meta, tensors: entries } satisfies FileHeader<M>));
  const start = pad4(MAGIC.length + 4 + header.length);
  const total = entries.reduce((n, e) => n + pad4(payloadBytes(e)), start);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(MAGIC.length, header.length, true);
  bytes.set(header, MAGIC.length + 4);
  let offset = start;
  tensors.forEach(([, t], i) => {
    const entry = entries[i];
    if (entry.encoding === 'float32') {
      t.data.forEach((v, j) => view.setFloat32(offset + 4 * j, v, true));
    } else {
      const [rows, cols] = t.shape;
      for (let r = 0; r < rows; r++) {
        let max = 0;
        for (let c = 0; c < cols; c++) max = Math.max(max, Math.abs(t.data[r * cols + c]));
        const scale = max / INT8_MAX;
        view.setFloat32(offset + 4 * r, scale, true);
        for (let c = 0; c < cols; c++) view.setInt8(offset + 4 * rows + r * cols + c, scale > 0 ? Math.round(t.data[r * cols + c] / scale) : 0);
      }
    }
    offset += pad4(payloadBytes(entry));
  });
  return bytes;
}

/** Reads a file written by encodeCheckpoint; throws a plain-language Error on anything else. */
export function decodeCheckpoint<M>(input: ArrayBuffer | Uint8Array): { meta: M; tensors: Map<string, StoredTensor> } {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length < MAGIC.length + 4 || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) {
    throw new Error('not a checkpoint file (wrong magic bytes)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC.length, true);
  if (MAGIC.length + 4 + headerLength > bytes.length) throw new Error('checkpoint file is truncated (header)');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength))) as FileHeader<M>;
  let offset = pad4(MAGIC.length + 4 + headerLength);
  const tensors = new Map<string, StoredTensor>();
  for (const entry of header.tensors) {
    const size = entry.shape.reduce((a, b) => a * b, 1);
    if (offset + payloadBytes(entry) > bytes.length) throw new Error(`checkpoint file is truncated (${entry.name})`);
    const data = new Float32Array(size);
    if (entry.encoding === 'float32') {
      for (let j = 0; j < size; j++) data[j] = view.getFloat32(offset + 4 * j, true);
    } else {
      const [rows, cols] = entry.shape;
      for (let r = 0; r < rows; r++) {
        const scale = view.getFloat32(offset + 4 * r, true);
        for (let c = 0; c < cols; c++) data[r * cols + c] = view.getInt8(offset + 4 * rows + r * cols + c) * scale;
      }
    }
    tensors.set(entry.name, { shape: entry.shape, data });
    offset += pad4(payloadBytes(entry));
  }
  return { meta: header.meta, tensors };
}
