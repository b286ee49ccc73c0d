/** A dense matrix as an array of rows: `m[row][column]` (rows × columns). */
export type Matrix = number[][];

/** A read-only vector; every function accepts one (a plain `number[]` is one). */
export type VectorLike = readonly number[];

/** A read-only matrix; every function accepts one (a plain `Matrix` is one). */
export type MatrixLike = readonly (readonly number[])[];

/** An attention mask: `mask[i][j] = true` means query i may attend to key j. */
export type MaskLike = readonly (readonly boolean[])[];
