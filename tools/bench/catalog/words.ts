/** Vocabulary of the synthetic mesh: real business words, so that search has something to rank. */

export interface Entity {
  /** Singular, kebab-case: `purchase-order`. */
  word: string;
  /** Plural, kebab-case: `purchase-orders`. */
  plural: string;
}

export interface DomainTheme {
  name: string;
  title: string;
  /** Entities this domain mostly publishes about. */
  entities: string[];
}

export interface FieldTemplate {
  name: string;
  logicalType: 'string' | 'integer' | 'number' | 'date' | 'timestamp' | 'boolean';
  physicalType: string;
  businessName: string;
  description: string;
  classification: 'public' | 'internal' | 'confidential' | 'restricted';
  pii?: boolean;
}

const entity = (word: string, plural = `${word}s`): Entity => ({ word, plural });

export const ENTITIES: readonly Entity[] = [
  entity('customer'), entity('account'), entity('contact'), entity('lead'), entity('opportunity', 'opportunities'),
  entity('order'), entity('order-line'), entity('invoice'), entity('payment'), entity('refund'),
  entity('subscription'), entity('shipment'), entity('delivery', 'deliveries'), entity('parcel'), entity('route'),
  entity('carrier'), entity('warehouse'), entity('stock-level'), entity('product'), entity('price'),
  entity('promotion'), entity('campaign'), entity('click'), entity('session'), entity('page-view'),
  entity('ticket'), entity('call'), entity('chat'), entity('employee'), entity('salary', 'salaries'),
  entity('timesheet'), entity('supplier'), entity('purchase-order'), entity('contract'), entity('ledger-entry', 'ledger-entries'),
  entity('journal'), entity('budget'), entity('forecast'), entity('transaction'), entity('chargeback'),
  entity('claim'), entity('asset'), entity('vehicle'), entity('sensor-reading'), entity('meter-reading'),
  entity('device'), entity('store'), entity('basket'), entity('return'), entity('review'),
  entity('rating'), entity('loyalty-point'), entity('voucher'), entity('coupon'), entity('tax-line'),
  entity('exchange-rate'), entity('cash-position'), entity('risk-score'), entity('alert'), entity('consent'),
  entity('address', 'addresses'), entity('household'), entity('segment'), entity('churn-score'), entity('recommendation'),
  entity('experiment'), entity('inventory-movement'), entity('production-batch', 'production-batches'), entity('defect'), entity('inspection'),
];

const theme = (name: string, title: string, entities: string[]): DomainTheme => ({ name, title, entities });

export const DOMAINS: readonly DomainTheme[] = [
  theme('sales-emea', 'Sales EMEA', ['order', 'order-line', 'opportunity', 'customer', 'price', 'forecast']),
  theme('sales-americas', 'Sales Americas', ['order', 'order-line', 'opportunity', 'account', 'price', 'forecast']),
  theme('sales-apac', 'Sales APAC', ['order', 'opportunity', 'customer', 'contract', 'forecast']),
  theme('crm', 'Customer Relationship Management', ['customer', 'contact', 'account', 'consent', 'address', 'household']),
  theme('billing', 'Billing', ['invoice', 'payment', 'refund', 'subscription', 'tax-line', 'chargeback']),
  theme('payments', 'Payments', ['payment', 'transaction', 'chargeback', 'refund', 'risk-score']),
  theme('marketing', 'Marketing', ['campaign', 'segment', 'promotion', 'lead', 'click', 'consent']),
  theme('web-analytics', 'Web Analytics', ['session', 'page-view', 'click', 'experiment', 'basket']),
  theme('mobile-app', 'Mobile App', ['session', 'device', 'click', 'review', 'rating']),
  theme('ecommerce', 'E-commerce', ['order', 'basket', 'product', 'review', 'return', 'voucher']),
  theme('logistics', 'Logistics', ['shipment', 'delivery', 'parcel', 'route', 'carrier', 'vehicle']),
  theme('warehouse', 'Warehouse Operations', ['stock-level', 'inventory-movement', 'warehouse', 'parcel', 'inspection']),
  theme('inventory', 'Inventory', ['stock-level', 'inventory-movement', 'product', 'forecast', 'store']),
  theme('procurement', 'Procurement', ['purchase-order', 'supplier', 'contract', 'invoice', 'price']),
  theme('supply-chain', 'Supply Chain', ['supplier', 'shipment', 'forecast', 'stock-level', 'production-batch']),
  theme('finance', 'Finance', ['ledger-entry', 'journal', 'budget', 'forecast', 'cash-position', 'exchange-rate']),
  theme('accounting', 'Accounting', ['ledger-entry', 'journal', 'invoice', 'tax-line', 'asset']),
  theme('treasury', 'Treasury', ['cash-position', 'exchange-rate', 'transaction', 'forecast']),
  theme('tax', 'Tax', ['tax-line', 'invoice', 'transaction', 'claim']),
  theme('hr', 'Human Resources', ['employee', 'salary', 'timesheet', 'contract']),
  theme('payroll', 'Payroll', ['salary', 'employee', 'payment', 'tax-line']),
  theme('customer-support', 'Customer Support', ['ticket', 'call', 'chat', 'customer', 'review']),
  theme('loyalty', 'Loyalty', ['loyalty-point', 'voucher', 'customer', 'household', 'segment']),
  theme('pricing', 'Pricing', ['price', 'promotion', 'product', 'experiment', 'forecast']),
  theme('merchandising', 'Merchandising', ['product', 'price', 'promotion', 'store', 'stock-level']),
  theme('stores', 'Retail Stores', ['store', 'basket', 'order', 'employee', 'stock-level']),
  theme('returns', 'Returns', ['return', 'refund', 'parcel', 'inspection', 'defect']),
  theme('risk', 'Risk', ['risk-score', 'alert', 'transaction', 'customer', 'claim']),
  theme('fraud', 'Fraud Detection', ['alert', 'risk-score', 'transaction', 'chargeback', 'device']),
  theme('compliance', 'Compliance', ['consent', 'alert', 'contract', 'claim']),
  theme('legal', 'Legal', ['contract', 'claim', 'supplier']),
  theme('product-analytics', 'Product Analytics', ['experiment', 'session', 'recommendation', 'churn-score']),
  theme('data-science', 'Data Science', ['recommendation', 'churn-score', 'forecast', 'segment', 'risk-score']),
  theme('subscriptions', 'Subscriptions', ['subscription', 'invoice', 'customer', 'churn-score']),
  theme('partners', 'Partner Management', ['account', 'contract', 'opportunity', 'invoice']),
  theme('field-service', 'Field Service', ['ticket', 'vehicle', 'route', 'asset', 'timesheet']),
  theme('manufacturing', 'Manufacturing', ['production-batch', 'defect', 'inspection', 'sensor-reading', 'asset']),
  theme('quality', 'Quality Assurance', ['defect', 'inspection', 'production-batch', 'claim']),
  theme('fleet', 'Fleet', ['vehicle', 'route', 'sensor-reading', 'asset']),
  theme('energy', 'Energy', ['meter-reading', 'sensor-reading', 'asset', 'forecast']),
];

export const QUALIFIERS = [
  'customer', 'active', 'open', 'closed', 'regional', 'enriched', 'reconciled', 'late', 'cross-border', 'b2b',
  'retail', 'online', 'store', 'mobile', 'global', 'domestic', 'international', 'priority', 'failed', 'cancelled',
  'pending', 'verified', 'high-value', 'new', 'returning', 'inactive', 'scheduled', 'recurring', 'disputed', 'approved',
  'rejected', 'seasonal', 'wholesale', 'premium', 'trial', 'churned', 'flagged', 'overdue', 'settled', 'unmatched',
] as const;

export const GRAINS = [
  'daily', 'hourly', 'weekly', 'monthly', 'snapshot', 'history', 'current', 'events', 'summary', 'facts',
  'cleansed', 'aggregated', 'latest', 'backlog', 'kpis', 'features', 'scorecard', 'timeline', 'stream', 'register',
] as const;

export const REGIONS = ['emea', 'americas', 'apac', 'nordics', 'dach', 'iberia', 'benelux', 'uk', 'france', 'italy'] as const;

export const TAGS = [
  'pii', 'gdpr', 'finance', 'revenue', 'kpi', 'golden-record', 'real-time', 'batch', 'certified', 'experimental',
  'emea', 'americas', 'apac', 'customer', 'orders', 'operations', 'reference-data', 'ml-features', 'regulatory', 'sox',
  'daily', 'hourly', 'self-serve', 'source-aligned', 'consumer-aligned', 'aggregate', 'forecasting', 'logistics', 'marketing', 'audit',
] as const;

export const AUDIENCES = [
  'finance analysts', 'marketing teams', 'data scientists', 'operations managers', 'customer success managers',
  'executives', 'regulatory reporting', 'store managers', 'supply planners', 'product managers', 'risk officers', 'auditors',
] as const;

export const USES = [
  'churn modelling', 'revenue reporting', 'demand forecasting', 'fraud detection', 'route planning', 'campaign targeting',
  'capacity planning', 'dunning', 'margin analysis', 'stock replenishment', 'service level reporting', 'audit trails',
  'customer lifetime value', 'pricing experiments', 'cash flow planning', 'supplier scorecards', 'quality control', 'workforce planning',
] as const;

export const GRAIN_PHRASES: Record<(typeof GRAINS)[number], string> = {
  daily: 'Daily totals of', hourly: 'Hourly figures for', weekly: 'Weekly roll-up of', monthly: 'Month-end view of',
  snapshot: 'Point-in-time snapshot of', history: 'Full change history of', current: 'Current state of', events: 'Event stream of',
  summary: 'Summary of', facts: 'Fact table of', cleansed: 'Cleansed and deduplicated', aggregated: 'Aggregated',
  latest: 'Latest version of', backlog: 'Backlog of', kpis: 'Key performance indicators for', features: 'Model features derived from',
  scorecard: 'Scorecard of', timeline: 'Timeline of', stream: 'Near real-time stream of', register: 'Authoritative register of',
};

const f = (
  name: string,
  logicalType: FieldTemplate['logicalType'],
  physicalType: string,
  businessName: string,
  description: string,
  classification: FieldTemplate['classification'] = 'internal',
  pii = false,
): FieldTemplate => ({ name, logicalType, physicalType, businessName, description, classification, ...(pii ? { pii } : {}) });

export const FIELDS: readonly FieldTemplate[] = [
  f('customer_id', 'string', 'uuid', 'Customer identifier', 'Identifier of the customer in the CRM golden record.'),
  f('account_id', 'string', 'uuid', 'Account identifier', 'Identifier of the commercial account.'),
  f('email', 'string', 'varchar(320)', 'E-mail address', 'Primary e-mail address of the person.', 'restricted', true),
  f('phone_number', 'string', 'varchar(32)', 'Phone number', 'Phone number in E.164 format.', 'restricted', true),
  f('full_name', 'string', 'varchar(200)', 'Full name', 'First and last name as entered by the customer.', 'restricted', true),
  f('date_of_birth', 'date', 'date', 'Date of birth', 'Date of birth, used for age verification only.', 'confidential', true),
  f('street_address', 'string', 'varchar(400)', 'Street address', 'Street and house number of the postal address.', 'restricted', true),
  f('postal_code', 'string', 'varchar(16)', 'Postal code', 'Postal code of the address.', 'restricted', true),
  f('city', 'string', 'varchar(100)', 'City', 'City of the address.'),
  f('country_code', 'string', 'char(2)', 'Country', 'ISO 3166-1 alpha-2 country code.', 'public'),
  f('region', 'string', 'varchar(32)', 'Sales region', 'Commercial region (EMEA, Americas, APAC).', 'public'),
  f('iban', 'string', 'varchar(34)', 'Bank account (IBAN)', 'International bank account number of the payer.', 'confidential', true),
  f('card_last_four', 'string', 'char(4)', 'Card last four digits', 'Last four digits of the payment card.', 'restricted', true),
  f('ip_address', 'string', 'inet', 'IP address', 'Client IP address at the time of the event.', 'restricted', true),
  f('national_id', 'string', 'varchar(32)', 'National identifier', 'Tax or national identification number.', 'confidential', true),
  f('order_id', 'string', 'uuid', 'Order identifier', 'Identifier of the sales order.'),
  f('order_date', 'date', 'date', 'Order date', 'Date the order was placed, in the store time zone.'),
  f('order_total', 'number', 'numeric(14,2)', 'Order total', 'Total order value including tax, in the order currency.'),
  f('currency', 'string', 'char(3)', 'Currency', 'ISO 4217 currency code.', 'public'),
  f('quantity', 'integer', 'integer', 'Quantity', 'Number of units.'),
  f('unit_price', 'number', 'numeric(12,4)', 'Unit price', 'Price per unit before discounts.'),
  f('discount_amount', 'number', 'numeric(12,2)', 'Discount amount', 'Total discount granted on the line.'),
  f('net_amount', 'number', 'numeric(14,2)', 'Net amount', 'Amount excluding tax.'),
  f('tax_amount', 'number', 'numeric(14,2)', 'Tax amount', 'Value added tax or sales tax charged.'),
  f('gross_margin', 'number', 'numeric(14,2)', 'Gross margin', 'Revenue minus cost of goods sold.', 'confidential'),
  f('invoice_id', 'string', 'uuid', 'Invoice identifier', 'Identifier of the invoice issued to the customer.'),
  f('invoice_number', 'string', 'varchar(32)', 'Invoice number', 'Human-readable invoice number printed on the document.'),
  f('due_date', 'date', 'date', 'Due date', 'Date by which the invoice must be paid.'),
  f('payment_status', 'string', 'varchar(16)', 'Payment status', 'open, paid, overdue or written off.'),
  f('payment_method', 'string', 'varchar(32)', 'Payment method', 'Card, bank transfer, direct debit or wallet.'),
  f('paid_at', 'timestamp', 'timestamptz', 'Paid at', 'When the payment was settled.'),
  f('product_id', 'string', 'uuid', 'Product identifier', 'Identifier of the article in the product catalogue.'),
  f('sku', 'string', 'varchar(40)', 'Stock keeping unit', 'Stock keeping unit code of the article.', 'public'),
  f('product_category', 'string', 'varchar(80)', 'Product category', 'Merchandise category of the article.', 'public'),
  f('brand', 'string', 'varchar(80)', 'Brand', 'Brand name of the article.', 'public'),
  f('store_id', 'string', 'varchar(16)', 'Store identifier', 'Identifier of the physical store.'),
  f('warehouse_id', 'string', 'varchar(16)', 'Warehouse identifier', 'Identifier of the distribution centre.'),
  f('stock_on_hand', 'integer', 'integer', 'Stock on hand', 'Units physically available at the location.'),
  f('reorder_point', 'integer', 'integer', 'Reorder point', 'Stock level that triggers replenishment.'),
  f('shipment_id', 'string', 'uuid', 'Shipment identifier', 'Identifier of the shipment.'),
  f('tracking_number', 'string', 'varchar(40)', 'Tracking number', 'Carrier tracking number of the parcel.'),
  f('carrier_code', 'string', 'varchar(16)', 'Carrier', 'Code of the carrier handling the delivery.', 'public'),
  f('shipped_at', 'timestamp', 'timestamptz', 'Shipped at', 'When the parcel left the warehouse.'),
  f('delivered_at', 'timestamp', 'timestamptz', 'Delivered at', 'When the parcel was handed to the recipient.'),
  f('delivery_status', 'string', 'varchar(16)', 'Delivery status', 'in transit, delivered, failed or returned.'),
  f('route_distance_km', 'number', 'numeric(9,2)', 'Route distance', 'Planned route distance in kilometres.'),
  f('campaign_id', 'string', 'varchar(40)', 'Campaign identifier', 'Identifier of the marketing campaign.'),
  f('channel', 'string', 'varchar(20)', 'Channel', 'Acquisition or sales channel (web, app, store, partner).', 'public'),
  f('utm_source', 'string', 'varchar(100)', 'UTM source', 'Traffic source from the landing URL.'),
  f('session_id', 'string', 'varchar(64)', 'Session identifier', 'Identifier of the browsing session.'),
  f('device_type', 'string', 'varchar(16)', 'Device type', 'desktop, mobile or tablet.', 'public'),
  f('page_url', 'string', 'text', 'Page URL', 'URL of the page viewed, without query parameters.'),
  f('conversion_flag', 'boolean', 'boolean', 'Converted', 'Whether the session ended in an order.'),
  f('marketing_consent', 'boolean', 'boolean', 'Marketing consent', 'Whether the person agreed to marketing messages.', 'restricted'),
  f('segment_code', 'string', 'varchar(20)', 'Segment', 'Customer segment (loyal, at risk, new, dormant).'),
  f('churn_probability', 'number', 'double precision', 'Churn probability', 'Modelled probability that the customer leaves within 90 days.', 'confidential'),
  f('lifetime_value', 'number', 'numeric(14,2)', 'Customer lifetime value', 'Predicted net revenue over the customer relationship.', 'confidential'),
  f('risk_score', 'number', 'numeric(5,2)', 'Risk score', 'Score between 0 and 100; higher is riskier.', 'confidential'),
  f('fraud_flag', 'boolean', 'boolean', 'Suspected fraud', 'Whether a fraud rule or model flagged the record.', 'confidential'),
  f('ticket_id', 'string', 'varchar(32)', 'Ticket identifier', 'Identifier of the support ticket.'),
  f('ticket_priority', 'string', 'varchar(8)', 'Ticket priority', 'P1 to P4.'),
  f('first_response_minutes', 'integer', 'integer', 'First response time', 'Minutes until the first agent reply.'),
  f('satisfaction_score', 'integer', 'smallint', 'Customer satisfaction', 'CSAT score from 1 to 5 after the case closed.'),
  f('employee_id', 'string', 'varchar(16)', 'Employee identifier', 'Personnel number of the employee.', 'restricted', true),
  f('salary_amount', 'number', 'numeric(12,2)', 'Gross salary', 'Monthly gross salary.', 'confidential', true),
  f('department', 'string', 'varchar(80)', 'Department', 'Organisational unit of the employee.'),
  f('hours_worked', 'number', 'numeric(6,2)', 'Hours worked', 'Hours booked on the timesheet.'),
  f('supplier_id', 'string', 'varchar(16)', 'Supplier identifier', 'Identifier of the supplier in the procurement system.'),
  f('purchase_order_number', 'string', 'varchar(20)', 'Purchase order number', 'Number of the purchase order sent to the supplier.'),
  f('lead_time_days', 'integer', 'integer', 'Lead time', 'Days between order and receipt.'),
  f('ledger_account', 'string', 'varchar(12)', 'General ledger account', 'Account of the chart of accounts.'),
  f('cost_centre', 'string', 'varchar(12)', 'Cost centre', 'Cost centre the amount is booked on.'),
  f('posting_date', 'date', 'date', 'Posting date', 'Accounting date of the booking.'),
  f('fiscal_period', 'string', 'char(7)', 'Fiscal period', 'Fiscal year and month, e.g. 2025-03.', 'public'),
  f('exchange_rate', 'number', 'numeric(18,8)', 'Exchange rate', 'Rate to the group reporting currency.', 'public'),
  f('budget_amount', 'number', 'numeric(16,2)', 'Budget amount', 'Approved budget for the period.', 'confidential'),
  f('forecast_amount', 'number', 'numeric(16,2)', 'Forecast amount', 'Latest forecast for the period.', 'confidential'),
  f('vehicle_id', 'string', 'varchar(16)', 'Vehicle identifier', 'Fleet number of the vehicle.'),
  f('odometer_km', 'integer', 'integer', 'Odometer', 'Odometer reading in kilometres.'),
  f('sensor_value', 'number', 'double precision', 'Sensor value', 'Measured value in the unit of the sensor.'),
  f('meter_id', 'string', 'varchar(20)', 'Meter identifier', 'Identifier of the energy meter.'),
  f('consumption_kwh', 'number', 'numeric(12,3)', 'Consumption', 'Energy consumption in kilowatt hours.'),
  f('batch_number', 'string', 'varchar(20)', 'Batch number', 'Production batch number.'),
  f('defect_code', 'string', 'varchar(12)', 'Defect code', 'Code of the defect found at inspection.'),
  f('inspection_result', 'string', 'varchar(12)', 'Inspection result', 'pass, fail or rework.'),
  f('rating_value', 'integer', 'smallint', 'Rating', 'Star rating from 1 to 5.', 'public'),
  f('review_text', 'string', 'text', 'Review text', 'Free text of the review, may contain personal data.', 'restricted', true),
  f('loyalty_points', 'integer', 'integer', 'Loyalty points', 'Points balance after the transaction.'),
  f('voucher_code', 'string', 'varchar(24)', 'Voucher code', 'Code of the redeemed voucher.'),
  f('experiment_variant', 'string', 'varchar(16)', 'Experiment variant', 'A/B test variant shown to the user.'),
  f('is_active', 'boolean', 'boolean', 'Active', 'Whether the record is currently active.', 'public'),
  f('status_reason', 'string', 'varchar(120)', 'Status reason', 'Why the record has its current status.'),
  f('source_system', 'string', 'varchar(40)', 'Source system', 'Operational system the record comes from.', 'public'),
  f('created_at', 'timestamp', 'timestamptz', 'Created at', 'When the record was created in the source system.'),
  f('updated_at', 'timestamp', 'timestamptz', 'Updated at', 'Last modification in the source system; drives freshness SLAs.'),
  f('valid_from', 'timestamp', 'timestamptz', 'Valid from', 'Start of validity of this version of the record.'),
  f('valid_to', 'timestamp', 'timestamptz', 'Valid to', 'End of validity; null for the current version.'),
  f('load_date', 'date', 'date', 'Load date', 'Partition date of the load.', 'public'),
];
