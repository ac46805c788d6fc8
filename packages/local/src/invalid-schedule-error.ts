// The error thrown for a schedule expression that AWS would reject or that the local scheduler cannot run.
import { InvalidInputError } from "@sluice/streams";

/** Where in the expression the problem is: the field (`day-of-week`, `unit`, …) and its bad value. */
export interface ScheduleProblem {
  field?: string;
  value?: string;
}

/** A bad `rate(...)` or `cron(...)` expression; `code` is `local.invalid_schedule`, `kind` is `invalid`. */
export class InvalidScheduleError extends InvalidInputError {
  override name = "InvalidScheduleError";
  readonly expression: string;

  constructor(expression: string, problem: string, where: ScheduleProblem = {}) {
    // rate(...) and cron(...) read well bare; anything else is quoted so that "" or spaces show.
    const subject = /^\w+\(.*\)$/.test(expression) ? expression : JSON.stringify(expression);
    super("local.invalid_schedule", `${subject}: ${problem}`, { details: { expression, ...where } });
    this.expression = expression;
  }
}
