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
    const sizes = size === '*' ? Object.keys(results.sizes) : [size]
    for (const name of sizes) {
      const measured = results.sizes[name]?.figures[figure]
      // That size was not run (--sizes): nothing to check.
      if (!results.sizes[name]) continue
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
