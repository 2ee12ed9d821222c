/**
 * A rejection the mock answers with the reference's error envelope `{error_code, error_msg}`
 * (L418–427). Handlers throw it; `withCts` turns it into the response.
 */
export class CtsError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'CtsError';
    this.status = status;
    this.code = code;
  }
}
