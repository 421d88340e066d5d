// The "Mortgage loan network" template: the worked example as a model, with where each cube stands.
import { TemplateModel } from '@/lib/templates/model-builder'

/**
 * The worked example of docs/domain.md §2 ("cubes form a network"): two loans sold
 * to customers, the shared Mortgage Loan behind both, and the departments that serve it.
 */
export const mortgageLoanNetwork = new TemplateModel()
  .cube('home-loan', 'Home Loan', 'Retail Sales', {
    products: [['Home Loan', 'Decision within one day, fixed or variable rate']],
    brand: ['Our bank, self-service first'],
    channels: ['Mobile app', 'Web'],
    journey: ['Find a home', 'Apply in the app', 'Sign digitally', 'Move in'],
    processes: [
      ['Self-service loan sale', ['Apply in the app', 'Loan application', 'Loan administration']],
    ],
    organisation: ['Retail sales team', 'Digital channels team'],
    information: ['Customer profile', 'Property value'],
    itApplications: ['Mobile bank app'],
    policies: ['Responsible lending'],
  })
  .cube('real-estate-loan', 'Real Estate Loan', 'Corporate Sales', {
    products: [['Real Estate Loan', 'Tailored terms agreed with an advisor']],
    brand: ['Our bank, personal advice'],
    channels: ['Branch office', 'Relationship manager'],
    journey: ['Meet an advisor', 'Tailor the offer', 'Sign at the branch'],
    processes: [
      [
        'Corporate loan sale',
        ['Meeting at the branch office', 'Loan application', 'Loan administration'],
      ],
    ],
    organisation: ['Corporate advisors'],
    information: ['Company financials', 'Property portfolio'],
    itApplications: ['Advisor workbench'],
    policies: ['Corporate credit policy'],
  })
  .cube('mortgage-loan', 'Mortgage Loan', 'Loan Management', {
    services: [
      ['Loan Application', 'Handled within one business day'],
      ['Loan Administration', 'Interest and amortisation, every month'],
    ],
    brand: ['Behind both loans'],
    channels: ['Loan API'],
    journey: ['Application received', 'Loan set up', 'Loan serviced'],
    processes: [
      [
        'Loan Application',
        ['Register the application', 'Credit Application', 'Disburse the loan', 'Report the loan'],
      ],
    ],
    organisation: ['Loan operations'],
    information: ['Loan ledger', 'Collateral register'],
    itApplications: ['Loan management system'],
    policies: ['Mortgage lending regulation'],
  })
  .cube('credit-risk', 'Credit Risk', 'Risk Department', {
    services: [['Credit Application', 'Credit decision within four hours']],
    brand: ['Sound credit'],
    channels: ['Credit API'],
    journey: ['Application assessed', 'Decision given'],
    processes: [['Credit Granting', ['KYC', 'Credit scoring', 'Credit decision']]],
    organisation: ['Credit analysts', 'Credit committee'],
    information: ['Credit history', 'Scoring models'],
    itApplications: ['Credit engine'],
    policies: ['Credit policy', 'Capital requirements'],
  })
  .cube('customer-lifecycle-management', 'Customer Lifecycle Management', 'CLM Department', {
    services: [['KYC', 'Customer known and screened before any credit']],
    brand: ['One view of the customer'],
    channels: ['KYC API'],
    journey: ['Customer identified', 'Customer screened'],
    processes: [
      [
        'Know your customer',
        ['Identify the customer', 'Screen sanctions lists', 'Assess money-laundering risk'],
      ],
    ],
    organisation: ['KYC team'],
    information: ['Customer register', 'Sanctions lists'],
    itApplications: ['CLM platform'],
    policies: ['Anti-money-laundering law'],
  })
  .cube('payments', 'Payments', 'Payment Department', {
    services: [['Loan disbursement', 'Paid out the same business day']],
    brand: ['Money on time'],
    channels: ['Payment API'],
    journey: ['Payment ordered', 'Money received'],
    processes: [['Disbursement', ['Check the payment order', 'Pay out', 'Confirm the payment']]],
    organisation: ['Payment operations'],
    information: ['Payment orders', 'Accounts'],
    itApplications: ['Payment hub'],
    policies: ['Payment services regulation'],
  })
  .cube('reporting', 'Reporting', 'Reporting Department', {
    services: [['ESG reporting', 'Every loan in the Swedish ESG report']],
    brand: ['Transparent bank'],
    channels: ['Report portal'],
    journey: ['Data delivered', 'Report published'],
    processes: [
      ['ESG reporting', ['Collect loan data', 'Calculate ESG figures', 'Publish the report']],
    ],
    organisation: ['Regulatory reporting team'],
    information: ['ESG data', 'Energy classes of properties'],
    itApplications: ['Reporting warehouse'],
    policies: ['Swedish ESG reporting requirements'],
  })
  .link('mortgage-loan', 'Loan Application', 'home-loan', 'Loan application')
  .link('mortgage-loan', 'Loan Administration', 'home-loan', 'Loan administration')
  .link('mortgage-loan', 'Loan Application', 'real-estate-loan', 'Loan application')
  .link('mortgage-loan', 'Loan Administration', 'real-estate-loan', 'Loan administration')
  .link('credit-risk', 'Credit Application', 'mortgage-loan', 'Credit Application')
  .link('customer-lifecycle-management', 'KYC', 'credit-risk', 'KYC')
  .link('payments', 'Loan disbursement', 'mortgage-loan', 'Disburse the loan')
  .link('reporting', 'ESG reporting', 'mortgage-loan', 'Report the loan')
  .build()

/**
 * Where each cube stands: the loans customers buy on top, the Mortgage Loan behind them in
 * the middle, the cubes that serve it along the bottom (CLM beside Credit Risk, which it
 * serves). Wider than tall, so the whole network fits a screen.
 */
export const mortgageLoanNetworkLayout: Record<string, { x: number; y: number }> = {
  'shape:home-loan': { x: 0, y: 0 },
  'shape:real-estate-loan': { x: 1400, y: 0 },
  'shape:mortgage-loan': { x: 700, y: 700 },
  'shape:customer-lifecycle-management': { x: -700, y: 1400 },
  'shape:credit-risk': { x: 0, y: 1400 },
  'shape:payments': { x: 700, y: 1400 },
  'shape:reporting': { x: 1400, y: 1400 },
}
