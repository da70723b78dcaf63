/** The shared-buffer protocol between the template sandbox and its worker. */

/** [state, byte length]; the text follows from byte 8. */
export type SandboxHeader = Int32Array;

export const STATE = { pending: 0, done: 1, error: 2, tooLarge: 3 } as const;
