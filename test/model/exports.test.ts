import { describe, expect, it } from 'vitest'
import { formatCsv, modelTables, serviceNetworkMermaid } from '@/lib/model'
import { ModelBuilder, mortgageNetwork } from './model-builder'

describe('CSV', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    const csv = formatCsv({
      header: ['a', 'b', 'c', 'd'],
      rows: [
        ['plain', 'with, comma', 'say "hi"', 'two\nlines'],
        ['=HYPERLINK("x")', '-1 step', 3, null],
      ],
    })
    expect(csv).toBe(
      'a,b,c,d\r\n' +
        'plain,"with, comma","say ""hi""","two\nlines"\r\n' +
        `"'=HYPERLINK(""x"")",'-1 step,3,\r\n`,
    )
  })

  it('exports one table per kind of thing, joined by ids', () => {
    const tables = modelTables(mortgageNetwork().build())
    expect(Object.keys(tables)).toEqual([
      'cubes',
      'items',
      'links',
      'personas',
      'needs',
      'offerings',
      'fulfilments',
      'touchpoints',
      'painpoints',
      'principles',
      'votes',
    ])
    expect(tables.cubes!.rows).toContainEqual(['Credit Risk', 'Credit Risk', 'Risk Department'])
    expect(tables.links!.rows).toContainEqual([
      'Customer Lifecycle Management/KYC -> Credit Risk/KYC',
      'Customer Lifecycle Management',
      'Customer Lifecycle Management',
      'Customer Lifecycle Management/KYC',
      'KYC',
      'Credit Risk',
      'Credit Risk',
      'Credit Risk/KYC',
      'KYC',
      '',
    ])
    for (const table of Object.values(tables)) {
      for (const row of table.rows) expect(row).toHaveLength(table.header.length)
    }
  })
})

describe('the service network as Mermaid', () => {
  it('draws each department as a group and each link from provider to consumer', () => {
    const graph = serviceNetworkMermaid(
      new ModelBuilder()
        .cube('Credit Risk', 'Risk "R&D" <dept>')
        .cube('Mortgage Loan', 'Loans')
        .link('Credit Risk', 'Credit Application', 'Mortgage Loan', 'Apply')
        .build(),
    )
    expect(graph).toBe(
      [
        'flowchart LR',
        '  subgraph department1["Risk #quot;R#amp;D#quot; #lt;dept#gt;"]',
        '    cube1["Credit Risk"]',
        '  end',
        '  subgraph department2["Loans"]',
        '    cube2["Mortgage Loan"]',
        '  end',
        '  cube1 -- "Credit Application → Apply" --> cube2',
        '',
      ].join('\n'),
    )
  })
})
