// `--check`: every budget of bench/budgets.json against the medians in a results object.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export function readBudgets() {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'budgets.json')
  return JSON.parse(readFileSync(file, 'utf8')).budgets
}

/** One line per exceeded budget (or budgeted figure that could not be measured); [] when all met. */
export function checkBudgets(results, budgets) {
  const failures = []
  for (const { figure, size, max, unit } of budgets) {
    if (size === 'bundle') {
      const value = results.bundle[figure]
      if (value > max) failures.push(`${figure}: ${value} ${unit} > ${max} ${unit}`)
      continue
    }
    // "responsive": the big imports and backups (bench/responsive.mjs), not tied to a plan size.
    const groups =
      size === 'responsive'
        ? [['responsive', results.responsive]]
        : (size === '*' ? Object.keys(results.sizes) : [size]).map((name) => [
            name,
            results.sizes[name],
          ])
    for (const [name, group] of groups) {
      // That size or step was not run (--sizes, --only, --skip): nothing to check.
      if (!group || group.skipped?.includes(figure)) continue
      const measured = group.figures[figure]
      if (!measured) failures.push(`${figure} ${name}: not measured`)
      else if (measured.median === undefined) {
        if (!String(measured.value).startsWith('n/a'))
          failures.push(`${figure} ${name}: ${measured.value}`)
      } else if (measured.median > max)
        failures.push(`${figure} ${name}: ${measured.median} ${unit} > ${max} ${unit}`)
    }
  }
  return failures
}

/** The budgets of the unit benchmarks (`npm run bench:unit`): budgets.json's `unit`, or `file`'s. */
export function readUnitBudgets(file) {
  const budgets = file ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'budgets.json')
  return JSON.parse(readFileSync(budgets, 'utf8')).unit
}

/**
 * One line per unit figure over its budget; with `all`, also per budgeted figure not recorded
 * (a benchmark renamed or gone must not pass as "within budget"). [] when all met.
 */
export function checkUnitBudgets(figures, budgets, { all = true } = {}) {
  const failures = []
  for (const { figure, max } of budgets) {
    const measured = figures[figure]
    if (!measured) {
      if (all) failures.push(`${figure}: not measured`)
    } else if (measured.value > max) failures.push(`${figure}: ${measured.value} ms > ${max} ms`)
  }
  return failures
}
