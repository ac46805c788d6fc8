// The IPC messages between the launcher and its probe (probe.ts) in each process.

/** The launcher asks for the heap after a full GC; `id` pairs the answer with the request. */
export interface SampleRequest {
  type: "sample";
  id: number;
}

export interface HeapAnswer {
  type: "sample";
  id: number;
  heapUsedBytes: number;
}
