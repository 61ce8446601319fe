/**
 * Exhaustiveness checks for switches on a discriminated union (target kinds, verdicts, work-item
 * kinds, …): a new member is a compiler-guided change (decision 0041). The unit test
 * tests/shared/domain/kindSwitches.test.ts fails on a switch that ends in neither.
 */

/** The `default:` of a switch that names every member: unreachable unless the data is bad. */
export function assertNever(value: never): never {
  throw new Error(`未处理的取值：${JSON.stringify(value)}`);
}

/**
 * For a switch's `default:` branch that treats several members alike: `covered` names them, and a
 * member that reaches the branch without being named there does not compile — as with assertNever,
 * without a case line per member, which would push the function over the complexity limit.
 */
export function coversKinds<K extends string | undefined>(
  kind: NoInfer<K>,
  covered: readonly K[],
): void {
  void kind;
  void covered;
}
