/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Date (isoformat) */
  Date: { input: string; output: string; }
  /** Date with time (isoformat) */
  DateTime: { input: string; output: string; }
  /** Decimal (fixed-point) */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** Time (isoformat) */
  Time: { input: any; output: any; }
  /** Represents a file upload. */
  Upload: { input: Blob; output: Blob; }
};

/** A customer's statement: open invoices, aging buckets, last payment and credit. Buckets count days past the due date, today in the company's time zone. */
export type AccountHealth = {
  __typename?: 'AccountHealth';
  /** The day the figures are for (company time zone). */
  asOf: Scalars['Date']['output'];
  /** Completed payments not applied to any invoice: credit on account. */
  credit: Money;
  /** Balances not yet due. */
  current: Money;
  /** Balances 1 to 30 days overdue. */
  days1To30: Money;
  /** Balances 31 to 60 days overdue. */
  days31To60: Money;
  /** Balances 61 to 90 days overdue. */
  days61To90: Money;
  /** The most recent completed payment, if any. */
  lastPayment?: Maybe<Transaction>;
  /** Sum of the open invoices' balances. */
  openBalance: Money;
  /** Open and partially paid invoices, by due date. */
  openInvoices: Array<OpenInvoice>;
  /** Balances more than 90 days overdue. */
  over90Days: Money;
  /** The part of the open balance past its due date. */
  overdue: Money;
};

/** One entry of the append-only history of who did what. Office only. */
export type Activity = Node & {
  __typename?: 'Activity';
  /** The user who did it, to name them (`actorUserId`'s user); null when the system did it. Office only (OWNER, OFFICE): null for everyone else. */
  actor?: Maybe<User>;
  /** The user who did it (database id). */
  actorUserId?: Maybe<Scalars['Int']['output']>;
  /** When (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** What changed. */
  details: Scalars['JSON']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The record's database id. */
  subjectId: Scalars['Int']['output'];
  /** The kind of record it happened to. */
  subjectType: Scalars['String']['output'];
  /** What happened, e.g. `customer.created`. */
  verb: Scalars['String']['output'];
};

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** The rows with their cursors. */
  edges: Array<ActivityEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<Activity>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** A row of a connection and its cursor. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Activity;
};

/** A postal address. */
export type Address = {
  __typename?: 'Address';
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** ISO country code. */
  country?: Maybe<Scalars['String']['output']>;
  /** Street and number. */
  line1?: Maybe<Scalars['String']['output']>;
  /** Apartment, suite, unit. */
  line2?: Maybe<Scalars['String']['output']>;
  /** ZIP or postal code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** State or region. */
  region?: Maybe<Scalars['String']['output']>;
};

/** A postal address. */
export type AddressInput = {
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO country code. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Street and number. */
  line1?: InputMaybe<Scalars['String']['input']>;
  /** Apartment, suite, unit. */
  line2?: InputMaybe<Scalars['String']['input']>;
  /** ZIP or postal code. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** State or region. */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** The part of a payment applied to one invoice. */
export type Allocation = Node & {
  __typename?: 'Allocation';
  /** How much of the payment went to the invoice. */
  amount: Money;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The invoice paid. */
  invoice?: Maybe<Invoice>;
};

/** A token an integration (property-manager software) calls the API with, as a customer user of one customer. The token itself is shown once, at creation. */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  /** Whether the token still works (not revoked). */
  active: Scalars['Boolean']['output'];
  /** When it was issued (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The customer the token acts for. */
  customer?: Maybe<Customer>;
  /** Whether the token sees money (invoices, payments, prices). */
  finances: Scalars['Boolean']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** When it was last used (to the minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What uses the token, e.g. "PM software". */
  name: Scalars['String']['output'];
  /** The token's first characters, to recognise it (dop_…). */
  prefix: Scalars['String']['output'];
  /** The properties the token is limited to; null means all of its customer's. */
  properties?: Maybe<Array<Property>>;
  /** When it was revoked (null: still valid). */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  /** The rows with their cursors. */
  edges: Array<ApiTokenEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<ApiToken>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** An API token for a customer's integration. */
export type ApiTokenCreateInput = {
  /** The customer the token acts for. */
  customerId: Scalars['ID']['input'];
  /** Whether the token sees money (invoices, payments, prices). */
  finances: Scalars['Boolean']['input'];
  /** What will use it, e.g. "PM software". */
  name: Scalars['String']['input'];
  /** Limit the token to these properties of the customer (omit: all of them). */
  propertyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The result of apiTokenCreate: the only time the token is shown. */
export type ApiTokenCreatePayload = MutationPayload & {
  __typename?: 'ApiTokenCreatePayload';
  /** The token's record. */
  apiToken?: Maybe<ApiToken>;
  /** The token (dop_…): store it now, it is never shown again. Send `Authorization: Bearer <token>`. */
  token?: Maybe<Scalars['String']['output']>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A row of a connection and its cursor. */
export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ApiToken;
};

/** Which API tokens to list. */
export type ApiTokenFilter = {
  /** Only valid (true) or revoked (false) tokens. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this customer's tokens. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Revoke an API token. */
export type ApiTokenRevokeInput = {
  /** The token. */
  id: Scalars['ID']['input'];
};

/** The result of apiTokenRevoke. */
export type ApiTokenRevokePayload = MutationPayload & {
  __typename?: 'ApiTokenRevokePayload';
  /** The token, now revoked. */
  apiToken?: Maybe<ApiToken>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Whether issued invoices are charged automatically to the default method, and the consent it rests on. */
export type Autopay = {
  __typename?: 'Autopay';
  /** When it was last turned on or off (UTC). */
  changedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who turned it on or off (a user's name or username); null when not known. */
  changedByName?: Maybe<Scalars['String']['output']>;
  /** The text the client agreed to when it was turned on. */
  consentText?: Maybe<Scalars['String']['output']>;
  /** On: each issued invoice (or batch) is charged off-session. */
  enabled: Scalars['Boolean']['output'];
};

/** Autopay on or off for one customer. */
export type AutopaySetInput = {
  /** Required to turn it on: the text the client agreed to (kept with who and when). */
  consentText?: InputMaybe<Scalars['String']['input']>;
  /** The customer. */
  customerId: Scalars['ID']['input'];
  /** On: each issued invoice is charged to the default method. */
  enabled: Scalars['Boolean']['input'];
};

/** The result of autopaySet. */
export type AutopaySetPayload = MutationPayload & {
  __typename?: 'AutopaySetPayload';
  /** The customer with its autopay; null when userErrors say why not. */
  customer?: Maybe<Customer>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A batch invoice: one customer's invoices paid together. */
export type Batch = Node & {
  __typename?: 'Batch';
  /** Payments applied to its invoices. */
  amountPaid: Money;
  /** What remains to pay. */
  balance: Money;
  /** Whose batch it is. */
  customer?: Maybe<Customer>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Its invoices, oldest first. */
  invoices: Array<Invoice>;
  /** The date it was issued. */
  issuedOn?: Maybe<Scalars['Date']['output']>;
  /** Notes printed on the batch. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The sequential batch number. */
  number: Scalars['Int']['output'];
  /** A link to the batch invoice as a PDF, signed for this batch and valid for one hour (works without a cookie, e.g. for an integration). */
  pdfUrl: Scalars['String']['output'];
  /** What the client's reported payments awaiting the office's approval are meant to pay on its invoices (not yet in `amountPaid` or `balance`). */
  pendingAmount: Money;
  /** Open, Partially paid, Paid or Void. */
  status: BatchStatus;
  /** Sum of its invoices' subtotals. */
  subtotal: Money;
  /** Sum of its invoices' taxes. */
  tax: Money;
  /** The final total of its invoices. */
  total: Money;
  /** Payments made against the batch, newest first. */
  transactions: Array<Transaction>;
};

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type BatchConnection = {
  __typename?: 'BatchConnection';
  /** The rows with their cursors. */
  edges: Array<BatchEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<Batch>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** Gather open invoices of one customer into a batch invoice. */
export type BatchCreateInput = {
  /** The customer whose invoices are gathered. */
  customerId: Scalars['ID']['input'];
  /** Open or partially paid invoices of that customer, none already in an open batch. */
  invoiceIds: Array<Scalars['ID']['input']>;
  /** Notes printed on the batch. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** A row of a connection and its cursor. */
export type BatchEdge = {
  __typename?: 'BatchEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Batch;
};

/** The result of batchCreate. */
export type BatchPayload = MutationPayload & {
  __typename?: 'BatchPayload';
  /** The new batch; null when userErrors say why not. */
  batch?: Maybe<Batch>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Where a batch invoice is in its life. */
export type BatchStatus =
  | 'OPEN'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'VOID';

/** A step of a job's checklist. */
export type ChecklistItem = Node & {
  __typename?: 'ChecklistItem';
  /** Whether it is done. */
  done: Scalars['Boolean']['output'];
  /** When it was done (UTC); null while open. */
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who ticked it off (their name); null while open. Staff only: null for client users and integrations. */
  doneByName?: Maybe<Scalars['String']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** What to check. */
  label: Scalars['String']['output'];
  /** Whether the job cannot be finished while it is open. */
  required: Scalars['Boolean']['output'];
};

/** A new item at the end of a job's checklist. */
export type ChecklistItemAddInput = {
  /** The job. */
  jobId: Scalars['ID']['input'];
  /** What to check (at most 200 characters). */
  label: Scalars['String']['input'];
  /** Whether the job cannot be finished while the item is open. */
  required?: Scalars['Boolean']['input'];
};

/** The result of changing a checklist. */
export type ChecklistItemPayload = MutationPayload & {
  __typename?: 'ChecklistItemPayload';
  /** The item, as saved; null when nothing was. */
  checklistItem?: Maybe<ChecklistItem>;
  /** The item's job; null when nothing was saved. */
  job?: Maybe<Job>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Tick a checklist item off, or open it again. */
export type ChecklistItemSetDoneInput = {
  /** True to tick it off, false to open it again. */
  done: Scalars['Boolean']['input'];
  /** The checklist item. */
  itemId: Scalars['ID']['input'];
};

/** An item of a service's checklist template, copied onto each new job. */
export type ChecklistTemplateItem = {
  __typename?: 'ChecklistTemplateItem';
  /** What to do. */
  label: Scalars['String']['output'];
  /** Whether the job can't be finished until it is ticked. */
  required: Scalars['Boolean']['output'];
};

/** An item of a checklist template. */
export type ChecklistTemplateItemInput = {
  /** What to do (at most 200 characters, not twice in one list). */
  label: Scalars['String']['input'];
  /** Whether a job can't be finished until it is ticked. */
  required?: Scalars['Boolean']['input'];
};

/** The whole checklist template of a service, in order. */
export type ChecklistTemplateSetInput = {
  /** The new list, in order (at most 50; [] clears it). It replaces the old list. */
  items: Array<ChecklistTemplateItemInput>;
  /** The service. */
  serviceId: Scalars['ID']['input'];
};

/** A Stripe-hosted payment page for one balance: send the payer to `url`. */
export type CheckoutSession = {
  __typename?: 'CheckoutSession';
  /** The balance paid. */
  amount: Money;
  /** The card or ACH fee added on top (0 when none). */
  fee: Money;
  /** How it will be paid. */
  method: OnlinePaymentMethod;
  /** Stripe's id of the Checkout session (cs_…). */
  stripeSessionId: Scalars['String']['output'];
  /** What the payer is charged: amount plus fee. */
  total: Money;
  /** Stripe's payment page. Open it in the same tab. */
  url: Scalars['String']['output'];
};

/** Pay one invoice's or one batch's balance online. Give exactly one of the two ids. */
export type CheckoutSessionCreateInput = {
  /** The batch to pay (the balance of all its invoices), instead of an invoice. */
  batchId?: InputMaybe<Scalars['ID']['input']>;
  /** The invoice to pay (its whole current balance). */
  invoiceId?: InputMaybe<Scalars['ID']['input']>;
  /** CARD (the company's card fee is added) or ACH bank transfer (the ACH fee, if any). */
  method: OnlinePaymentMethod;
};

/** The result of checkoutSessionCreate. */
export type CheckoutSessionCreatePayload = MutationPayload & {
  __typename?: 'CheckoutSessionCreatePayload';
  /** The payment page; null when userErrors say why not. */
  checkoutSession?: Maybe<CheckoutSession>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** The company this deployment serves. Its name, time zone, currency and contact details anyone may see; its billing settings only the office. */
export type Company = {
  __typename?: 'Company';
  /** Fixed part of the ACH fee, per bank payment. Office only (OWNER, OFFICE): null for everyone else. */
  achFeeFixed?: Maybe<Money>;
  /** ACH fee in percent of a bank (ACH) payment, charged on checkout. Office only (OWNER, OFFICE): null for everyone else. */
  achFeePercent?: Maybe<Scalars['Decimal']['output']>;
  /** The address printed on invoices and statements. Office only (OWNER, OFFICE): null for everyone else. */
  address?: Maybe<Address>;
  /** Fixed part of the card fee, per card payment. Office only (OWNER, OFFICE): null for everyone else. */
  cardFeeFixed?: Maybe<Money>;
  /** Card fee in percent of a card payment, charged on checkout. Office only (OWNER, OFFICE): null for everyone else. */
  cardFeePercent?: Maybe<Scalars['Decimal']['output']>;
  /** ISO 4217 currency of every amount. */
  currency: Scalars['String']['output'];
  /** Where clients write to. */
  email?: Maybe<Scalars['String']['output']>;
  /** Whether a logo is set (printed on PDFs instead of the name as a wordmark). Office only (OWNER, OFFICE): null for everyone else. */
  hasLogo?: Maybe<Scalars['Boolean']['output']>;
  /** Printed before every invoice number ("INV-" makes INV-1001). Office only (OWNER, OFFICE): null for everyone else. */
  invoicePrefix?: Maybe<Scalars['String']['output']>;
  /** Where the office's screens show the logo (`/company/logo`, office sign-in needed); it changes with the logo, so a browser never shows an old one. Null without a logo. Office only (OWNER, OFFICE): null for everyone else. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** The company's name. */
  name: Scalars['String']['output'];
  /** The number the next invoice gets (a number already used is skipped). Office only (OWNER, OFFICE): null for everyone else. */
  nextInvoiceNumber?: Maybe<Scalars['Int']['output']>;
  /** Whether clients are notified when their job is finished. Office only (OWNER, OFFICE): null for everyone else. */
  notifyClientsOnJobFinished?: Maybe<Scalars['Boolean']['output']>;
  /** Days from issue to due date on new invoices (0: due on receipt). Office only (OWNER, OFFICE): null for everyone else. */
  paymentTermsDays?: Maybe<Scalars['Int']['output']>;
  /** Where clients call. */
  phone?: Maybe<Scalars['String']['output']>;
  /** How many weeks ahead recurring plans' visits are generated as Pending jobs (default 8). Office only (OWNER, OFFICE): null for everyone else. */
  planHorizonWeeks?: Maybe<Scalars['Int']['output']>;
  /** Days after a job is finished during which its client may review it (jobReview), 0 to 365. Office only (OWNER, OFFICE): null for everyone else. */
  reviewWindowDays?: Maybe<Scalars['Int']['output']>;
  /** Sales tax in percent (8.875 means 8.875 %), applied to taxable lines of new invoices. Office only (OWNER, OFFICE): null for everyone else. */
  taxRate?: Maybe<Scalars['Decimal']['output']>;
  /** IANA time zone dates and times are shown in. */
  timeZone: Scalars['String']['output'];
  /** The company's website. */
  website?: Maybe<Scalars['String']['output']>;
};

/** Company settings to change: leave a field out to keep it. On an empty database the first call creates the company and needs `name`. */
export type CompanyUpdateInput = {
  /** Fixed ACH fee per payment, in the company's currency (at least 0, at most 2 decimals). */
  achFeeFixed?: InputMaybe<Scalars['Decimal']['input']>;
  /** ACH fee in percent of a bank payment (0 to less than 100, at most 3 decimals). */
  achFeePercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** The whole address printed on documents; null clears it. */
  address?: InputMaybe<AddressInput>;
  /** Fixed card fee per payment, in the company's currency (e.g. 0.30; at least 0, at most 2 decimals). */
  cardFeeFixed?: InputMaybe<Scalars['Decimal']['input']>;
  /** Card fee in percent of a card payment (0 to less than 100, at most 3 decimals). */
  cardFeePercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** ISO 4217 code of a currency with cents (USD, CAD, EUR…). It can't change once an invoice or payment exists (CONFLICT). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Where clients write to; null clears it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Printed before invoice numbers: up to 12 letters, digits, '.', '_' or '-' ("INV-"); "" or null for none. */
  invoicePrefix?: InputMaybe<Scalars['String']['input']>;
  /** A PNG or JPEG logo, at most 2 MB, printed on PDFs (sent as a GraphQL multipart request); null removes the logo. */
  logo?: InputMaybe<Scalars['Upload']['input']>;
  /** The company's name (not blank). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The number the next invoice gets: higher than every number already used (numbers never go backwards). */
  nextInvoiceNumber?: InputMaybe<Scalars['Int']['input']>;
  /** Whether clients are notified when their job is finished. */
  notifyClientsOnJobFinished?: InputMaybe<Scalars['Boolean']['input']>;
  /** Days from issue to due date, 0 to 365 (0: due on receipt). */
  paymentTermsDays?: InputMaybe<Scalars['Int']['input']>;
  /** Where clients call; null clears it. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** How many weeks ahead recurring plans' visits are generated, 1 to 52 (the next generator run fills a longer horizon; a shorter one keeps the visits already made). */
  planHorizonWeeks?: InputMaybe<Scalars['Int']['input']>;
  /** Days after a job is finished during which its client may review it, 0 to 365 (default 7). */
  reviewWindowDays?: InputMaybe<Scalars['Int']['input']>;
  /** Sales tax in percent, 0 to less than 100, at most 4 decimals (8.875). New invoices use it; issued ones keep theirs. */
  taxRate?: InputMaybe<Scalars['Decimal']['input']>;
  /** IANA time zone, e.g. America/Chicago: dates, invoice and due dates follow it. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** https://… address; null clears it. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The result of companyUpdate. */
export type CompanyUpdatePayload = MutationPayload & {
  __typename?: 'CompanyUpdatePayload';
  /** The company as saved; null when nothing was saved. */
  company?: Maybe<Company>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A person on a customer's account and what they do for it. Readable by the office, by field employees on the customer's jobs and by the customer's own users and tokens (they are their people): name, role and default-billing mark for all of them; e-mail and phone only for those who see the whole account. */
export type Contact = Node & {
  __typename?: 'Contact';
  /** E-mail address, lower case. Staff, and client users or tokens who see the whole account: null for those limited to some properties. */
  email?: Maybe<Scalars['String']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The customer's default billing contact (at most one per customer, always a BILLING one). */
  isDefaultBilling: Scalars['Boolean']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Phone number (E.164). Staff, and client users or tokens who see the whole account: null for those limited to some properties. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Billing, approver, owner or on-site. */
  role: ContactRole;
};

/** A new contact on a customer's account. */
export type ContactCreateInput = {
  /** The customer (not a merged one). */
  customerId: Scalars['ID']['input'];
  /** Make this the customer's default billing contact (role must be BILLING); the previous default loses the mark. */
  defaultBilling?: Scalars['Boolean']['input'];
  /** E-mail address: validated, stored lower case. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Full name (required; trimmed, inner spaces collapsed). */
  name: Scalars['String']['input'];
  /** Phone number in any format (US without a country code), stored in E.164. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Billing, approver, owner or on-site. */
  role?: ContactRole;
};

/** The result of contactCreate. */
export type ContactCreatePayload = MutationPayload & {
  __typename?: 'ContactCreatePayload';
  /** The contact; null when nothing was saved. */
  contact?: Maybe<Contact>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** The contact to remove. */
export type ContactDeleteInput = {
  /** The contact. */
  contactId: Scalars['ID']['input'];
};

/** The result of contactDelete. */
export type ContactDeletePayload = MutationPayload & {
  __typename?: 'ContactDeletePayload';
  /** The id of the removed contact; null when nothing was removed. */
  deletedContactId?: Maybe<Scalars['ID']['output']>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** What a contact does for the account. */
export type ContactRole =
  | 'APPROVER'
  | 'BILLING'
  | 'ON_SITE'
  | 'OWNER';

/** Changes to a contact: only the fields given change. */
export type ContactUpdateInput = {
  /** The contact to change. */
  contactId: Scalars['ID']['input'];
  /** true makes this the default billing contact (the previous one loses the mark); false unmarks. */
  defaultBilling?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new e-mail; null clears it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A new name (cannot be blank). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new phone; null clears it. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** A new role. */
  role?: InputMaybe<ContactRole>;
};

/** The result of contactUpdate. */
export type ContactUpdatePayload = MutationPayload & {
  __typename?: 'ContactUpdatePayload';
  /** The contact as saved; null when nothing was saved. */
  contact?: Maybe<Contact>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A client's request to correct an invoice or a transaction, and the office's answer. */
export type CorrectionRequest = Node & {
  __typename?: 'CorrectionRequest';
  /** The office's answer; null until answered. */
  answer?: Maybe<Scalars['String']['output']>;
  /** When the office answered (UTC). */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the client asked (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The customer asking. */
  customer?: Maybe<Customer>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The invoice it is about, if it is about one. */
  invoice?: Maybe<Invoice>;
  /** What the client asks to correct. */
  message: Scalars['String']['output'];
  /** OPEN until the office answers, then ANSWERED. */
  status: CorrectionStatus;
  /** The transaction it is about, if it is about one. */
  transaction?: Maybe<Transaction>;
};

/** Answer a client's correction request. */
export type CorrectionRequestAnswerInput = {
  /** The answer, shown to the client. */
  answer: Scalars['String']['input'];
  /** Accept it with a credit of this many dollars on the request's (paid or partially paid) invoice: a credit document as invoiceCredit makes, the answer being its reason, made with the answer or not at all. Leave out to answer only (decline, or explain). */
  creditAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** The open correction request. */
  id: Scalars['ID']['input'];
};

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type CorrectionRequestConnection = {
  __typename?: 'CorrectionRequestConnection';
  /** The rows with their cursors. */
  edges: Array<CorrectionRequestEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<CorrectionRequest>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** Ask the office to correct an invoice or a transaction. */
export type CorrectionRequestCreateInput = {
  /** The invoice to correct (give this or transactionId). */
  invoiceId?: InputMaybe<Scalars['ID']['input']>;
  /** What is wrong and what it should be. */
  message: Scalars['String']['input'];
  /** The transaction to correct (give this or invoiceId). */
  transactionId?: InputMaybe<Scalars['ID']['input']>;
};

/** A row of a connection and its cursor. */
export type CorrectionRequestEdge = {
  __typename?: 'CorrectionRequestEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CorrectionRequest;
};

/** The result of correctionRequestCreate and correctionRequestAnswer. */
export type CorrectionRequestPayload = MutationPayload & {
  __typename?: 'CorrectionRequestPayload';
  /** The request; null when userErrors say why not. */
  correctionRequest?: Maybe<CorrectionRequest>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Whether the office has answered a correction request. */
export type CorrectionStatus =
  | 'ANSWERED'
  | 'OPEN';

/** A client: a household, a business or a property manager. */
export type Customer = Node & {
  __typename?: 'Customer';
  /** Who did what on this account, newest first. Office only (OWNER, OFFICE): null for everyone else. */
  activity?: Maybe<ActivityConnection>;
  /** Statement figures: open invoices, aging buckets (current, 1–30, 31–60, 61–90, 90+ days overdue), last payment and credit. Also null for client users limited to some properties. Null for viewers without finances (field employees, clients without finances). */
  aging?: Maybe<AccountHealth>;
  /** Whether issued invoices are charged to the default method automatically, and the consent recorded. Null for viewers without finances (field employees, clients without finances). Staff, and client users or tokens who see the whole account: null for those limited to some properties. */
  autopay?: Maybe<Autopay>;
  /** Batch invoices, newest first. Empty for viewers without finances. */
  batches: BatchConnection;
  /** Where invoices are sent. */
  billingAddress: Address;
  /** The name invoices are addressed to. */
  billingName?: Maybe<Scalars['String']['output']>;
  /** People on the account, by name (see `Contact` for who reads which fields). */
  contacts: Array<Contact>;
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Notes the client may read. */
  customerNotes?: Maybe<Scalars['String']['output']>;
  /** Jobs and revenue for this customer, as the viewer may see them (their properties only when limited; counts without money for viewers without finances). Null for field employees. */
  dashboard?: Maybe<Dashboard>;
  /** The name the company knows the client by. */
  displayName: Scalars['String']['output'];
  /** E-mail addresses, lower case. */
  emails: Array<Scalars['String']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The office's private notes on this client (how they pay, what to watch for). Office only (OWNER, OFFICE): null for everyone else. Field employees read the property's `accessNotes` and the job's `internalNotes` instead. */
  internalNotes?: Maybe<Scalars['String']['output']>;
  /** Invoices, newest first. Empty for viewers without finances. */
  invoices: InvoiceConnection;
  /** Jobs, newest scheduled first. */
  jobs: JobConnection;
  /** Residential, business or property manager. */
  kind: CustomerKind;
  /** The customer this one was merged into, if any. Staff only: null for client users and integrations. */
  mergedInto?: Maybe<Customer>;
  /** Notes on the account, newest first. Staff read them all; the customer's users and tokens only those visible to the customer (and, when limited to some properties, only account-wide ones and those about their properties and jobs). */
  notes: Array<Note>;
  /** Active notices shown to the office. Office only (OWNER, OFFICE): null for everyone else. */
  notices?: Maybe<Array<Notice>>;
  /** Saved cards and bank accounts (at Stripe), the default first, then the newest. Null for viewers without finances (field employees, clients without finances). Staff, and client users or tokens who see the whole account: null for those limited to some properties. */
  paymentMethods?: Maybe<Array<SavedPaymentMethod>>;
  /** Phone numbers in E.164 form. */
  phones: Array<Scalars['String']['output']>;
  /** Whether the customer's users may sign in. */
  portalAccess: Scalars['Boolean']['output'];
  /** Service locations, by name. */
  properties: PropertyConnection;
  /** Recurring plans, by name (paused ones included). Office only (OWNER, OFFICE): null for everyone else. */
  recurringPlans?: Maybe<RecurringPlanConnection>;
  /** Open reminders. Office only (OWNER, OFFICE): null for everyone else. */
  reminders?: Maybe<Array<Reminder>>;
  /** A link to the customer's statement as a PDF, signed and valid for one hour. Also null for client users limited to some properties. Null for viewers without finances (field employees, clients without finances). */
  statementUrl?: Maybe<Scalars['String']['output']>;
  /** Jobs completed, first and last visit, average days between visits, invoiced totals and open balance (money for viewers who see money), top services: computed in SQL, batched across a page of customers. Staff only: null for client users and integrations. */
  stats?: Maybe<CustomerStats>;
  /** Active or archived. */
  status: CustomerStatus;
  /** Labels the office put on this client. Office only (OWNER, OFFICE): null for everyone else. */
  tags?: Maybe<Array<Tag>>;
  /** Payments, newest first. Empty for viewers without finances. */
  transactions: TransactionConnection;
  /** The customer's portal users, by username. Office only (OWNER, OFFICE): null for everyone else. */
  users?: Maybe<Array<User>>;
};


/** A client: a household, a business or a property manager. */
export type CustomerActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A client: a household, a business or a property manager. */
export type CustomerBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A client: a household, a business or a property manager. */
export type CustomerInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A client: a household, a business or a property manager. */
export type CustomerJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A client: a household, a business or a property manager. */
export type CustomerPropertiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A client: a household, a business or a property manager. */
export type CustomerRecurringPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A client: a household, a business or a property manager. */
export type CustomerTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The rows with their cursors. */
  edges: Array<CustomerEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<Customer>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** A new customer. Searched for first: see `confirmNew`. */
export type CustomerCreateInput = {
  /** Where invoices are sent. `country` is a two-letter ISO code. */
  billingAddress?: InputMaybe<AddressInput>;
  /** The name invoices are addressed to, if not the display name. */
  billingName?: InputMaybe<Scalars['String']['input']>;
  /** Create even though an existing customer has the same name, billing name, e-mail or phone (a DUPLICATE_CANDIDATES userError otherwise). Similar names never block. */
  confirmNew?: Scalars['Boolean']['input'];
  /** Notes the client may read. */
  customerNotes?: InputMaybe<Scalars['String']['input']>;
  /** The name the company knows the client by (required; trimmed, inner spaces collapsed). */
  displayName: Scalars['String']['input'];
  /** E-mail addresses: validated, stored lower case, repeats dropped. At most 20. */
  emails?: Array<Scalars['String']['input']>;
  /** A first property, created with the customer in the same transaction: a problem with it (reported at `input.firstProperty.…`) creates neither. */
  firstProperty?: InputMaybe<FirstPropertyInput>;
  /** The office's private notes (staff only). */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** Residential, business or property manager. */
  kind?: CustomerKind;
  /** Phone numbers in any format; without a country code they are read as US numbers. Stored in E.164, repeats dropped. At most 20. */
  phones?: Array<Scalars['String']['input']>;
  /** Whether the customer's users may sign in. */
  portalAccess?: Scalars['Boolean']['input'];
};

/** The result of customerCreate. */
export type CustomerCreatePayload = MutationPayload & {
  __typename?: 'CustomerCreatePayload';
  /** The new customer; null when it was not created. */
  customer?: Maybe<Customer>;
  /** Existing customers that may be the same client: the exact matches that blocked the create, or (when created) similar names worth a look. */
  duplicateCandidates: Array<DuplicateCandidate>;
  /** The first property created with it (`firstProperty`); null when none was given or created. */
  property?: Maybe<Property>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** The customer to delete. */
export type CustomerDeleteInput = {
  /** The customer (one without history). */
  customerId: Scalars['ID']['input'];
};

/** The result of customerDelete. */
export type CustomerDeletePayload = MutationPayload & {
  __typename?: 'CustomerDeletePayload';
  /** The id the customer had; null when nothing was deleted. */
  deletedCustomerId?: Maybe<Scalars['ID']['output']>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A row of a connection and its cursor. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Customer;
};

/** Which customers to list. */
export type CustomerFilter = {
  /** Only this kind of customer (residential, business, property manager). */
  kind?: InputMaybe<CustomerKind>;
  /** Only customers carrying ALL of these tags (names, however cased; like a CRM's filter chips, each chip narrows the list). Tags are office-only: for anyone else this matches no customer. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A column of the file and what it was read as. */
export type CustomerImportColumn = {
  __typename?: 'CustomerImportColumn';
  /** What the column was read as (IGNORE: not imported). */
  field: CustomerImportField;
  /** The header as the file writes it. */
  header: Scalars['String']['output'];
};

/** Read the file's column `header` (any case) as `field`. */
export type CustomerImportColumnInput = {
  /** What the column holds. */
  field: CustomerImportField;
  /** A column header as the file writes it (case and punctuation ignored). */
  header: Scalars['String']['input'];
};

/** What a column of an imported client list holds. Several columns may feed EMAILS, PHONES, TAGS and NOTES (e.g. “Mobile” and “Home phone”); each other field takes one column. IGNORE leaves a column out. */
export type CustomerImportField =
  | 'ADDRESS'
  | 'ADDRESS_LINE2'
  | 'BILLING_NAME'
  | 'CITY'
  | 'COUNTRY'
  | 'DISPLAY_NAME'
  | 'EMAILS'
  | 'IGNORE'
  | 'NOTES'
  | 'PHONES'
  | 'POSTAL_CODE'
  | 'PROPERTY_ADDRESS'
  | 'PROPERTY_ADDRESS_LINE2'
  | 'PROPERTY_CITY'
  | 'PROPERTY_COUNTRY'
  | 'PROPERTY_NAME'
  | 'PROPERTY_POSTAL_CODE'
  | 'PROPERTY_REGION'
  | 'REGION'
  | 'TAGS';

/** A client list to import. Sent as a GraphQL multipart request with an `Apollo-Require-Preflight` header. */
export type CustomerImportInput = {
  /** Check and report every row; write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  /** A CSV file (comma, semicolon or tab separated; UTF-8, or Windows-1252/Latin-1), a header line then one client per line; at most 1,000 rows and 2 MiB. */
  file: Scalars['Upload']['input'];
  /** Columns to read as a given field, where the header alone does not say (headers such as Name, Email, Mobile, Address, Zip, Property, Tags, Notes are recognised). */
  mapping?: InputMaybe<Array<CustomerImportColumnInput>>;
};

/** What became of a row: CREATED a new customer; MATCHED an existing one (or one an earlier row created), adding only its new property, tags and note; REJECTED (nothing written, see `problems`). */
export type CustomerImportOutcome =
  | 'CREATED'
  | 'MATCHED'
  | 'REJECTED';

/** The result of customerImport. */
export type CustomerImportPayload = MutationPayload & {
  __typename?: 'CustomerImportPayload';
  /** Row by row; null when the file as a whole was refused (see userErrors). */
  report?: Maybe<CustomerImportReport>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** The closest earlier customer to a created one, by name: worth a look, perhaps a merge. */
export type CustomerImportPossibleDuplicate = {
  __typename?: 'CustomerImportPossibleDuplicate';
  /** The existing customer; null for a customer this file would create in a dry run (see `line`). */
  customer?: Maybe<Customer>;
  /** Its name. */
  displayName: Scalars['String']['output'];
  /** The file's line that created it, if this import did. */
  line?: Maybe<Scalars['Int']['output']>;
  /** How alike the names are, 0 to 1 (trigram similarity). */
  score: Scalars['Float']['output'];
};

/** What an import did (or, in a dry run, would do), row by row. */
export type CustomerImportReport = {
  __typename?: 'CustomerImportReport';
  /** Every column of the file, as read. */
  columns: Array<CustomerImportColumn>;
  /** True when nothing was written (what an import would do). */
  dryRun: Scalars['Boolean']['output'];
  /** How the file was read: utf-8, windows-1252 or latin-1. */
  encoding: Scalars['String']['output'];
  /** Headers not imported (map them with `mapping`). */
  ignoredColumns: Array<Scalars['String']['output']>;
  /** Every row, in the file's order. */
  rows: Array<CustomerImportRow>;
  /** How many rows had each outcome. */
  totals: CustomerImportTotals;
};

/** One row of the file and what became of it. */
export type CustomerImportRow = {
  __typename?: 'CustomerImportRow';
  /** The customer created or matched; null when rejected, and in a dry run for a customer the file would create. */
  customer?: Maybe<Customer>;
  /** The client's name as read. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** The file's line the row starts on (the header is line 1). */
  line: Scalars['Int']['output'];
  /** Why the row is that customer (same e-mail, phone, name or billing name however typed). */
  matchedBy: Array<DuplicateReason>;
  /** Whether the row added its note (internal) to the customer. */
  noteAdded: Scalars['Boolean']['output'];
  /** Created, matched or rejected. */
  outcome: CustomerImportOutcome;
  /** For a created customer: an earlier customer with a similar name, if any. */
  possibleDuplicate?: Maybe<CustomerImportPossibleDuplicate>;
  /** Why the row was rejected, for a person. */
  problems: Array<Scalars['String']['output']>;
  /** The name of the property the row added, if any. */
  propertyAdded?: Maybe<Scalars['String']['output']>;
  /** For a row matched to a customer an earlier row of this file created: that row's line. */
  sameAsLine?: Maybe<Scalars['Int']['output']>;
  /** Tags the row put on the customer. */
  tagsAdded: Array<Scalars['String']['output']>;
};

/** How many rows had each outcome. */
export type CustomerImportTotals = {
  __typename?: 'CustomerImportTotals';
  /** Rows that created a customer. */
  created: Scalars['Int']['output'];
  /** Rows matched to an existing customer or an earlier row. */
  matched: Scalars['Int']['output'];
  /** Created rows with a similar earlier customer. */
  possibleDuplicates: Scalars['Int']['output'];
  /** Rows rejected; nothing of them was written. */
  rejected: Scalars['Int']['output'];
  /** Rows read (blank lines are not rows). */
  rows: Scalars['Int']['output'];
};

/** What kind of client a customer is. */
export type CustomerKind =
  | 'BUSINESS'
  | 'PROPERTY_MANAGER'
  | 'RESIDENTIAL';

/** Something in the way of a merge, or to look at before it. */
export type CustomerMergeConflict = {
  __typename?: 'CustomerMergeConflict';
  /** True when the merge would be refused (a userError). */
  blocking: Scalars['Boolean']['output'];
  /** What it is. */
  code: MergeConflictCode;
  /** What it means, for a person. */
  message: Scalars['String']['output'];
};

/** How many records of each kind belong to the source customer (and would move). */
export type CustomerMergeCounts = {
  __typename?: 'CustomerMergeCounts';
  /** Batch invoices. */
  batches: Scalars['Int']['output'];
  /** Contacts. */
  contacts: Scalars['Int']['output'];
  /** Invoices. */
  invoices: Scalars['Int']['output'];
  /** Jobs (with their status history, checklists and files). */
  jobs: Scalars['Int']['output'];
  /** Notes. */
  notes: Scalars['Int']['output'];
  /** Notices. */
  notices: Scalars['Int']['output'];
  /** Properties. */
  properties: Scalars['Int']['output'];
  /** Reminders. */
  reminders: Scalars['Int']['output'];
  /** Tags (one the target has already is kept once). */
  tags: Scalars['Int']['output'];
  /** API tokens (they keep working, now for the target). */
  tokens: Scalars['Int']['output'];
  /** Payments (with their allocations). */
  transactions: Scalars['Int']['output'];
  /** Portal users (their sessions keep working, now on the target). */
  users: Scalars['Int']['output'];
};

/** Which customer to merge into which (see `customerMergePreview` first). */
export type CustomerMergeInput = {
  /** The duplicate: everything it has moves away; it keeps its row, marked `mergedInto`. */
  sourceId: Scalars['ID']['input'];
  /** The customer to keep: it receives everything. */
  targetId: Scalars['ID']['input'];
};

/** The result of customerMerge. */
export type CustomerMergePayload = MutationPayload & {
  __typename?: 'CustomerMergePayload';
  /** What moved; null when refused. */
  moved?: Maybe<CustomerMergeCounts>;
  /** The duplicate, now empty and `mergedInto` the target; null when refused. */
  source?: Maybe<Customer>;
  /** The customer kept, with everything; null when refused. */
  target?: Maybe<Customer>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** What merging the source customer into the target would do. Writes nothing. */
export type CustomerMergePreview = {
  __typename?: 'CustomerMergePreview';
  /** No blocking conflict: customerMerge would go through now. */
  canMerge: Scalars['Boolean']['output'];
  /** Blocking ones first, then the rest. */
  conflicts: Array<CustomerMergeConflict>;
  /** What would move from the source to the target. */
  moves: CustomerMergeCounts;
  /** The duplicate, which would keep its row, marked merged. */
  source: Customer;
  /** The customer that would keep everything. */
  target: Customer;
};

/** A customer's figures at a glance, as the viewer may see them: visits are the finished jobs (a field employee's own only); money from issued invoices (not draft, not void). */
export type CustomerStats = {
  __typename?: 'CustomerStats';
  /** (last − first) / (visits − 1) in days, to one decimal; null with fewer than two visits. */
  averageDaysBetweenVisits?: Maybe<Scalars['Float']['output']>;
  /** The issued invoices' average total; null without invoices. Null for viewers without finances (field employees, clients without finances). */
  averageInvoiced?: Maybe<Money>;
  /** The first finished job's scheduled day (company time zone); null without one. */
  firstJobOn?: Maybe<Scalars['Date']['output']>;
  /** Finished jobs. */
  jobsCompleted: Scalars['Int']['output'];
  /** The last finished job's scheduled day (company time zone); null without one. */
  lastJobOn?: Maybe<Scalars['Date']['output']>;
  /** What is left to pay on open and partially paid invoices after completed payments. Null for viewers without finances (field employees, clients without finances). */
  openBalance?: Maybe<Money>;
  /** The services on the most finished jobs, at most 5, most used first. */
  topServices: Array<ServiceUse>;
  /** Sum of the issued invoices' totals. Null for viewers without finances (field employees, clients without finances). */
  totalInvoiced?: Maybe<Money>;
};

/** Whether a customer is in use. */
export type CustomerStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

/** A customer's tags, all of them. */
export type CustomerTagsSetInput = {
  /** The customer (not a merged one). */
  customerId: Scalars['ID']['input'];
  /** Tag names: trimmed, inner spaces collapsed, matched to existing tags however cased (a new name creates a tag, spelt as typed); repeats collapse; [] removes every tag. At most 50 names of at most 50 characters. */
  tags: Array<Scalars['String']['input']>;
};

/** The result of customerTagsSet. */
export type CustomerTagsSetPayload = MutationPayload & {
  __typename?: 'CustomerTagsSetPayload';
  /** The customer with its tags as saved; null when nothing was saved. */
  customer?: Maybe<Customer>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Changes to a customer: only the fields given change. */
export type CustomerUpdateInput = {
  /** The whole new billing address (fields left out are cleared); null clears it. */
  billingAddress?: InputMaybe<AddressInput>;
  /** A new billing name; null clears it. */
  billingName?: InputMaybe<Scalars['String']['input']>;
  /** Save even though another customer has the new name, billing name, e-mail or phone (a DUPLICATE_CANDIDATES userError otherwise). */
  confirmNew?: Scalars['Boolean']['input'];
  /** New notes the client may read; null clears them. */
  customerNotes?: InputMaybe<Scalars['String']['input']>;
  /** A new name (cannot be blank or null). */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** The whole new list of e-mail addresses (replaces the old one); null or [] clears it. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The customer to change. */
  id: Scalars['ID']['input'];
  /** New private notes (staff only); null clears them. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** A new kind (cannot be null). */
  kind?: InputMaybe<CustomerKind>;
  /** The whole new list of phone numbers (replaces the old one); null or [] clears it. */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Whether the customer's users may sign in (cannot be null). */
  portalAccess?: InputMaybe<Scalars['Boolean']['input']>;
  /** ARCHIVED archives the customer; ACTIVE brings it back. */
  status?: InputMaybe<CustomerStatus>;
};

/** The result of customerUpdate. */
export type CustomerUpdatePayload = MutationPayload & {
  __typename?: 'CustomerUpdatePayload';
  /** The customer as saved; null when nothing was saved. */
  customer?: Maybe<Customer>;
  /** Other customers that have the new name, e-mail or phone (or a similar name). */
  duplicateCandidates: Array<DuplicateCandidate>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Jobs and revenue at a glance: for the company (office) or for one customer. */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** Completed payments applied to the invoices in view (a client's "You paid"). Null for viewers without finances (field employees, clients without finances). */
  amountPaid?: Maybe<Money>;
  /** Jobs on invoices written off as bad debt: derived from money. Null for viewers without finances (field employees, clients without finances). */
  badDebtJobs?: Maybe<Scalars['Int']['output']>;
  /** Jobs finished. */
  completedJobs: Scalars['Int']['output'];
  /** What is left to pay on the open and partially paid invoices in view. Null for viewers without finances (field employees, clients without finances). */
  openBalance?: Maybe<Money>;
  /** Jobs still to do: pending, on the way or started. */
  pendingJobs: Scalars['Int']['output'];
  /** Jobs on invoices not yet paid in full (open or partially paid): derived from money. Null for viewers without finances (field employees, clients without finances). */
  receivableJobs?: Maybe<Scalars['Int']['output']>;
  /** Revenue month by month for the last 12 months, oldest first, months without invoices included as zero (empty without finances). Null for viewers without finances (field employees, clients without finances). */
  revenueByMonth?: Maybe<Array<MonthlyRevenue>>;
  /** Sum of the totals of issued invoices (not draft, not void). Null for viewers without finances (field employees, clients without finances). */
  totalRevenue?: Maybe<Money>;
};

/** An existing customer that may be the client being entered, and why. */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  /** The customer is archived: reactivate it (status ACTIVE) rather than create a new one. */
  archived: Scalars['Boolean']['output'];
  /** The existing customer. */
  customer: Customer;
  /** An exact match (name, billing name, e-mail or phone): it blocks creating or saving unless the input says `confirmNew: true`. */
  exact: Scalars['Boolean']['output'];
  /** The input's e-mail addresses it also has. */
  matchedEmails: Array<Scalars['String']['output']>;
  /** The input's phone numbers (E.164) it also has. */
  matchedPhones: Array<Scalars['String']['output']>;
  /** Why it matched, strongest first (exact reasons before SIMILAR_NAME). */
  reasons: Array<DuplicateReason>;
  /** How alike, 0 to 1: 1 for an exact match, else the trigram similarity of the closest names. */
  score: Scalars['Float']['output'];
};

/** Why an existing customer may be the same client. NAME: its display name is the same name however typed (case, spacing and punctuation ignored); BILLING_NAME: likewise its billing name; EMAIL: it has one of the e-mail addresses (any case); PHONE: it has one of the phone numbers (any format); SIMILAR_NAME: a name is close (a typo, a word more or less). The first four are exact matches and block creating without `confirmNew: true`; SIMILAR_NAME is only shown. */
export type DuplicateReason =
  | 'BILLING_NAME'
  | 'EMAIL'
  | 'NAME'
  | 'PHONE'
  | 'SIMILAR_NAME';

/** A field worker. */
export type Employee = Node & {
  __typename?: 'Employee';
  /** Whether they still work for the company. */
  active: Scalars['Boolean']['output'];
  /** E-mail. Staff only: null for client users and integrations. */
  email?: Maybe<Scalars['String']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Phone. Staff only: null for client users and integrations. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Clients' stars on the jobs they were assigned to (average and count); null before any review. Office only (OWNER, OFFICE): null for everyone else. */
  rating?: Maybe<Rating>;
  /** The user they sign in as, if any. Office only (OWNER, OFFICE): null for everyone else. */
  user?: Maybe<User>;
};

/** A new employee. To let them sign in, link an existing staff user (`userId`) or create one (`newUser`), not both. */
export type EmployeeCreateInput = {
  /** Whether they can be put on jobs and teams. */
  active?: Scalars['Boolean']['input'];
  /** E-mail (staff only). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Full name. */
  name: Scalars['String']['input'];
  /** Create an EMPLOYEE user who signs in as this employee. */
  newUser?: InputMaybe<EmployeeUserInput>;
  /** Phone (staff only). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** An existing staff user (owner or office, not yet an employee) who signs in as this employee. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of creating or changing an employee. */
export type EmployeePayload = MutationPayload & {
  __typename?: 'EmployeePayload';
  /** The employee as saved; null when nothing was saved. */
  employee?: Maybe<Employee>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Changes to an employee: leave a field out to keep it. */
export type EmployeeUpdateInput = {
  /** false retires them: not on new jobs or teams, and their EMPLOYEE sign-in user is disabled (enable it again with userSetActive). Jobs they worked keep them. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new e-mail; null clears it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The employee to change. */
  id: Scalars['ID']['input'];
  /** A new name (not blank). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Create an EMPLOYEE user who signs in as this employee. */
  newUser?: InputMaybe<EmployeeUserInput>;
  /** A new phone; null clears it. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Link an existing staff user who then signs in as this employee. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A sign-in user made for an employee (role EMPLOYEE); they sign in with e-mailed codes. */
export type EmployeeUserInput = {
  /** Where sign-in codes go; the employee's e-mail when left out. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** E-mail a welcome with the username and the sign-in link now. */
  sendCredentials?: Scalars['Boolean']['input'];
  /** 3–40 letters, digits, '.', '_' or '-'; unique ignoring case. */
  username: Scalars['String']['input'];
};

/** An uploaded file. Clients only ever see files marked visible to them. */
export type File = Node & {
  __typename?: 'File';
  /** Its MIME type. */
  contentType: Scalars['String']['output'];
  /** When it was uploaded (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The name it was uploaded with. */
  filename: Scalars['String']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Before/after photo, damage report, checklist record, document. */
  kind: FileKind;
  /** Its size in bytes. */
  sizeBytes: Scalars['Int']['output'];
  /** A small preview image, for photos. */
  thumbnailUrl?: Maybe<Scalars['String']['output']>;
  /** Where to download it (checks the viewer's scope). */
  url: Scalars['String']['output'];
  /** Whether the client portal shows it. */
  visibleToClient: Scalars['Boolean']['output'];
};

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type FileConnection = {
  __typename?: 'FileConnection';
  /** The rows with their cursors. */
  edges: Array<FileEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<File>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** A row of a connection and its cursor. */
export type FileEdge = {
  __typename?: 'FileEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: File;
};

/** What an attached file shows. */
export type FileKind =
  | 'AFTER_PHOTO'
  | 'BEFORE_PHOTO'
  | 'CHECKLIST_RECORD'
  | 'DAMAGE_REPORT'
  | 'DOCUMENT';

/** The result of attaching or changing a file. */
export type FilePayload = MutationPayload & {
  __typename?: 'FilePayload';
  /** The file, as saved; null when nothing was. */
  file?: Maybe<File>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Show a file to the client portal, or hide it. */
export type FileSetVisibilityInput = {
  /** The file. */
  fileId: Scalars['ID']['input'];
  /** Whether the client portal shows it. */
  visibleToClient: Scalars['Boolean']['input'];
};

/** A photo or document to attach to a job (and so its property) or to a property. Sent as a GraphQL multipart request with an `Apollo-Require-Preflight` header. */
export type FileUploadInput = {
  /** The file: a photo (JPEG, PNG, WebP) or a PDF, at most 15 MB. Its real type is read from its bytes. */
  file: Scalars['Upload']['input'];
  /** The job it documents (its property is taken from the job). */
  jobId?: InputMaybe<Scalars['ID']['input']>;
  /** Before/after photo, damage report or checklist record (the crew), or document (office). */
  kind: FileKind;
  /** The property, for files not about one job (office only). */
  propertyId?: InputMaybe<Scalars['ID']['input']>;
  /** Whether the client portal shows it. */
  visibleToClient?: Scalars['Boolean']['input'];
};

/** The first property of a new customer, created with it (see customerCreate). */
export type FirstPropertyInput = {
  /** How to get in (lockbox, gate code): shown to assigned staff and the client. */
  accessNotes?: InputMaybe<Scalars['String']['input']>;
  /** The street address; line1 and city are required. */
  address: AddressInput;
  /** What the place is like. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The office's private notes on this place. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** What the customer calls this place, e.g. “Main house”. */
  name: Scalars['String']['input'];
  /** Residential, business or pool. */
  type?: PropertyType;
};

/** A numbered bill to one customer. */
export type Invoice = Node & {
  __typename?: 'Invoice';
  /** What completed payments have applied to it. */
  amountPaid: Money;
  /** Total less what is paid (zero for void invoices). */
  balance: Money;
  /** The batch invoice it is part of, if any. */
  batch?: Maybe<Batch>;
  /** The client's requests to correct this invoice, newest first. */
  correctionRequests: Array<CorrectionRequest>;
  /** The invoice this credit document corrects; null for an ordinary invoice. */
  correctsInvoice?: Maybe<Invoice>;
  /** Credit documents correcting this invoice, oldest first (void ones too). */
  credits: Array<Invoice>;
  /** Who is billed. */
  customer?: Maybe<Customer>;
  /** The number as printed, with the company's prefix. */
  displayNumber: Scalars['String']['output'];
  /** The date payment is due. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The office's private notes on this invoice. Staff only: null for client users and integrations. */
  internalNotes?: Maybe<Scalars['String']['output']>;
  /** The date it was issued. */
  issuedOn?: Maybe<Scalars['Date']['output']>;
  /** The jobs billed. */
  jobs: Array<Job>;
  /** The billed lines, in order. */
  lines: Array<InvoiceLine>;
  /** Notes printed on the invoice. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The sequential invoice number. */
  number: Scalars['Int']['output'];
  /** A link to the invoice as a PDF, signed for this invoice and valid for one hour (works without a cookie, e.g. for an integration). */
  pdfUrl: Scalars['String']['output'];
  /** What the client's reported payments awaiting the office's approval are meant to pay on it (not yet in `amountPaid` or `balance`). */
  pendingAmount: Money;
  /** The property billed for, when the invoice is for one. */
  property?: Maybe<Property>;
  /** Draft, Open, Partially paid, Paid, Void or Bad debt. */
  status: InvoiceStatus;
  /** Sum of the lines before tax. */
  subtotal: Money;
  /** Tax on the taxable lines. */
  tax: Money;
  /** Tax rate applied, in percent. */
  taxRate: Scalars['Decimal']['output'];
  /** Subtotal plus tax. */
  total: Money;
  /** Payments applied to it, newest first. */
  transactions: Array<Transaction>;
};

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** The rows with their cursors. */
  edges: Array<InvoiceEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<Invoice>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** Bill finished jobs of one customer on a new invoice. */
export type InvoiceCreateInput = {
  /** The customer billed. */
  customerId: Scalars['ID']['input'];
  /** The due date, instead of today plus the payment terms; not before today. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Issue it now (OPEN, dated today, due after the payment terms) or keep it as a DRAFT. A draft takes its number now too. */
  issue?: Scalars['Boolean']['input'];
  /** Finished jobs of that customer not yet on an invoice (a void invoice doesn't count). Their lines are copied in the jobs' scheduled order. */
  jobIds: Array<Scalars['ID']['input']>;
  /** Notes printed on the invoice. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** Correct a paid or partially paid invoice with a credit document. */
export type InvoiceCreditInput = {
  /** The credit in dollars (more than 0, at most 2 decimals, at most what is not yet credited). Default: all of the invoice's total not yet credited. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** The paid or partially paid invoice to correct. */
  invoiceId: Scalars['ID']['input'];
  /** Why (required; printed on the credit document). */
  reason: Scalars['String']['input'];
};

/** The result of invoiceCredit. */
export type InvoiceCreditPayload = MutationPayload & {
  __typename?: 'InvoiceCreditPayload';
  /** The new credit document (an invoice with a negative total that corrects the original); null when userErrors say why not. */
  credit?: Maybe<Invoice>;
  /** The corrected invoice, unchanged; null on errors. */
  invoice?: Maybe<Invoice>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A row of a connection and its cursor. */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Invoice;
};

/** Which invoices to list. */
export type InvoiceFilter = {
  /** Only this customer's. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only for this property. */
  propertyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<InvoiceStatus>>;
};

/** Issue a draft invoice: it becomes OPEN, dated today, and its client is told. */
export type InvoiceIssueInput = {
  /** The due date (not before today). Default: the draft's due date if still ahead, else today plus the payment terms. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** The draft invoice. */
  invoiceId: Scalars['ID']['input'];
};

/** A billed line, copied from a job's service when the invoice was made. */
export type InvoiceLine = Node & {
  __typename?: 'InvoiceLine';
  /** Quantity × unit price, rounded to the cent. */
  amount: Money;
  /** What was done. */
  description: Scalars['String']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** How many units. */
  quantity: Scalars['Decimal']['output'];
  /** Whether tax applies. */
  taxable: Scalars['Boolean']['output'];
  /** Price of one unit. */
  unitPrice: Money;
};

/** Write off an open or partially paid invoice as bad debt. */
export type InvoiceMarkBadDebtInput = {
  /** The invoice to write off. */
  invoiceId: Scalars['ID']['input'];
  /** Why (kept in the invoice's history). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The result of invoiceCreate. */
export type InvoicePayload = MutationPayload & {
  __typename?: 'InvoicePayload';
  /** The new invoice; null when userErrors say why not. */
  invoice?: Maybe<Invoice>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Where an invoice is in its life. */
export type InvoiceStatus =
  | 'BAD_DEBT'
  | 'DRAFT'
  | 'OPEN'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'VOID';

/** Void a draft, or an open invoice on which nothing is paid. */
export type InvoiceVoidInput = {
  /** The invoice to void. */
  invoiceId: Scalars['ID']['input'];
  /** Why it is voided (required; kept in the invoice's history). */
  reason: Scalars['String']['input'];
};

/** One visit to a property: when, who, what, and where it stands. */
export type Job = Node & {
  __typename?: 'Job';
  /** The checklist, in order. */
  checklist: Array<ChecklistItem>;
  /** Notes the client may read. */
  clientNotes?: Maybe<Scalars['String']['output']>;
  /** Whose job it is. */
  customer?: Maybe<Customer>;
  /** The employees assigned. */
  employees: Array<Employee>;
  /** Photos and documents the viewer may see. */
  files: Array<File>;
  /** When work finished (UTC). */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The office's notes for the staff on this job (what to bring, what to watch for): the office and the assigned field employees read them. Staff only: null for client users and integrations. */
  internalNotes?: Maybe<Scalars['String']['output']>;
  /** The invoice billing this job (not void). Null without finances. */
  invoice?: Maybe<Invoice>;
  /** Every invoice that billed this job, void ones included. Empty without finances. */
  invoices: Array<Invoice>;
  /** The plan's date this visit is (company time zone); null for a job made by hand. Office only (OWNER, OFFICE): null for everyone else. */
  occurrenceDate?: Maybe<Scalars['Date']['output']>;
  /** The recurring plan that generated this visit, if any. Office only (OWNER, OFFICE): null for everyone else. */
  plan?: Maybe<RecurringPlan>;
  /** When a person edited or moved this generated visit: its plan's later changes leave it alone since. Null otherwise. Office only (OWNER, OFFICE): null for everyone else. */
  planDetachedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the job is. */
  property?: Maybe<Property>;
  /** The client's review, if one was written (the office, and the client's users who see the job). */
  review?: Maybe<JobReview>;
  /** Until when the client may review (or change its review of) this finished job (UTC); null while it is not finished. */
  reviewClosesAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it is scheduled to end (UTC). */
  scheduledEnd?: Maybe<Scalars['DateTime']['output']>;
  /** When it is scheduled to start (UTC). */
  scheduledStart: Scalars['DateTime']['output'];
  /** The services done, as lines. */
  services: Array<JobLine>;
  /** When work started (UTC). */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Pending, On the Way, Started, Finished or Cancelled. */
  status: JobStatus;
  /** Every status move, oldest first. */
  statusHistory: Array<JobStatusChange>;
  /** The team sent. */
  team?: Maybe<Team>;
  /** Sum of the lines. Null for viewers without finances (field employees, clients without finances). */
  total?: Maybe<Money>;
};

/** A job's crew or time changed: the job as it is now. */
export type JobChangedEvent = {
  __typename?: 'JobChangedEvent';
  /** What changed (time, team, employees). */
  fields: Array<JobChangedField>;
  /** The job as it is now, under the viewer's field rules; null for an employee the change took off the job (no longer theirs: drop it from their day). */
  job?: Maybe<Job>;
  /** The job's id: also for an employee the change took off the job, whose `job` is null, so their list can drop it. */
  jobId: Scalars['ID']['output'];
};

/** What `jobUpdate` (or the job's recurring plan) changed of a job's place on the board. */
export type JobChangedField =
  | 'EMPLOYEES'
  | 'TEAM'
  | 'TIME';

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type JobConnection = {
  __typename?: 'JobConnection';
  /** The rows with their cursors. */
  edges: Array<JobEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<Job>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** A new job at one of a customer's properties. */
export type JobCreateInput = {
  /** Notes the client may read. */
  clientNotes?: InputMaybe<Scalars['String']['input']>;
  /** Whose job it is. */
  customerId: Scalars['ID']['input'];
  /** The employees assigned (active ones). */
  employeeIds?: Array<Scalars['ID']['input']>;
  /** The office's private notes. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** Where: one of that customer's properties. */
  propertyId: Scalars['ID']['input'];
  /** When it ends: after the start. */
  scheduledEnd?: InputMaybe<Scalars['DateTime']['input']>;
  /** When it starts (with a time zone offset; taken as UTC without one). */
  scheduledStart: Scalars['DateTime']['input'];
  /** The services, in order, as lines. */
  services?: Array<JobServiceInput>;
  /** The team sent. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** A row of a connection and its cursor. */
export type JobEdge = {
  __typename?: 'JobEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Job;
};

/** Which jobs to list. */
export type JobFilter = {
  /** Only this customer's. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Soonest first (a day's route). */
  oldestFirst?: Scalars['Boolean']['input'];
  /** Only at these properties. */
  propertyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Scheduled at or after. */
  scheduledFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Scheduled before. */
  scheduledTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<JobStatus>>;
  /** Only jobs on no invoice (a void invoice doesn't count): with statuses [FINISHED], what is still to bill. Matches nothing for viewers without finances. */
  uninvoiced?: Scalars['Boolean']['input'];
};

/** A service on a job: quantity × unit price. */
export type JobLine = Node & {
  __typename?: 'JobLine';
  /** Quantity × unit price. Null for viewers without finances (field employees, clients without finances). */
  amount?: Maybe<Money>;
  /** What is done. */
  description: Scalars['String']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** How many units. */
  quantity: Scalars['Decimal']['output'];
  /** The catalog service the line was made from (what `jobUpdate(services:)` takes to keep it); null for a line without one. Staff only: null for client users and integrations. */
  service?: Maybe<Service>;
  /** Whether tax applies. */
  taxable: Scalars['Boolean']['output'];
  /** Price of one unit. Null for viewers without finances (field employees, clients without finances). */
  unitPrice?: Maybe<Money>;
};

/** The result of creating or changing a job. */
export type JobPayload = MutationPayload & {
  __typename?: 'JobPayload';
  /** The job, as saved; null when nothing was. */
  job?: Maybe<Job>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A job's proof of work changed (or, with `snapshot`, the job as it is now). */
export type JobProofEvent = {
  __typename?: 'JobProofEvent';
  /** What changed: CHECKLIST (an item ticked, unticked or added) or FILES (a photo or document attached, shown or hidden). */
  change?: Maybe<ProofChange>;
  /** The job as it is now (checklist, files…), under the viewer's field rules. */
  job?: Maybe<Job>;
  /** True for the first message: the job's current state, not a change (`change` is null). */
  snapshot: Scalars['Boolean']['output'];
};

/** The client's word on a finished job: stars, a comment, and whether something was wrong. One per job; its account's users may change it within the company's review window. */
export type JobReview = Node & {
  __typename?: 'JobReview';
  /** When it was last changed (UTC). */
  changedAt: Scalars['DateTime']['output'];
  /** What the client said. */
  comment?: Maybe<Scalars['String']['output']>;
  /** Whether the office's follow-up reminder is done; null without a flagged problem. Office only (OWNER, OFFICE): null for everyone else. */
  followUpDone?: Maybe<Scalars['Boolean']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Whether the client flagged a problem for the office. */
  problem: Scalars['Boolean']['output'];
  /** 1 to 5 stars. */
  rating: Scalars['Int']['output'];
  /** When it was first written (UTC). */
  reviewedAt: Scalars['DateTime']['output'];
};

/** A review of a finished job. */
export type JobReviewInput = {
  /** What to say (required with a problem). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The finished job. */
  jobId: Scalars['ID']['input'];
  /** Something was wrong: the office follows it up. */
  problem?: Scalars['Boolean']['input'];
  /** 1 to 5 stars. */
  rating: Scalars['Int']['input'];
};

/** The result of jobReview. */
export type JobReviewPayload = MutationPayload & {
  __typename?: 'JobReviewPayload';
  /** The job with its review; null when userErrors say why not. */
  job?: Maybe<Job>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A service on a job; what is left out comes from the service catalog. */
export type JobServiceInput = {
  /** What is done; the service's name when left out. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** How many units (more than 0); 1 when left out. */
  quantity?: InputMaybe<Scalars['Decimal']['input']>;
  /** The catalog service. */
  serviceId: Scalars['ID']['input'];
  /** Whether tax applies; the service's setting when left out. */
  taxable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Price of one unit in dollars (at least 0, at most 2 decimals); the service's default price when left out. */
  unitPrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Move a job to another status. */
export type JobSetStatusInput = {
  /** The job. */
  jobId: Scalars['ID']['input'];
  /** Why; required for an office correction (a move off the normal path). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The status to move it to. */
  status: JobStatus;
};

/** The result of moving a job's status. */
export type JobSetStatusPayload = MutationPayload & {
  __typename?: 'JobSetStatusPayload';
  /** The job with its new status; null when it did not move. */
  job?: Maybe<Job>;
  /** The history entry written for this move; null when it did not move. */
  statusChange?: Maybe<JobStatusChange>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Where a job is: PENDING → ON_THE_WAY → STARTED → FINISHED, or CANCELLED. */
export type JobStatus =
  | 'CANCELLED'
  | 'FINISHED'
  | 'ON_THE_WAY'
  | 'PENDING'
  | 'STARTED';

/** One move of a job's status: from, to, when, and (for staff) who and why. */
export type JobStatusChange = Node & {
  __typename?: 'JobStatusChange';
  /** When it changed (UTC). */
  changedAt: Scalars['DateTime']['output'];
  /** Who moved it: their name (else their employee's, else the username). Staff only: null for client users and integrations. */
  changedBy?: Maybe<Scalars['String']['output']>;
  /** Who moved it (user id). Staff only: null for client users and integrations. */
  changedByUserId?: Maybe<Scalars['Int']['output']>;
  /** The status before (null at creation). */
  fromStatus?: Maybe<JobStatus>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Why, for corrections. Staff only: null for client users and integrations. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The status after. */
  toStatus: JobStatus;
};

/** A job's status moved (or, with `snapshot`, where it stands now). */
export type JobStatusEvent = {
  __typename?: 'JobStatusEvent';
  /** The status history row of this move. */
  change?: Maybe<JobStatusChange>;
  /** When it moved (UTC). */
  changedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who moved it (the user's name). Staff only: null for client users and integrations. */
  changedBy?: Maybe<Scalars['String']['output']>;
  /** Position of this move in the event log: pass it to `jobEvents(after:)` to catch up on every move after it. */
  cursor?: Maybe<Scalars['String']['output']>;
  /** The job as it is now, under the viewer's field rules. */
  job?: Maybe<Job>;
  /** The status before the move (null when the job was created). */
  previousStatus?: Maybe<JobStatus>;
  /** True for the first message of `jobStatusChanged(jobId:)`: the job's current state, not a move (`previousStatus` = `status`). */
  snapshot: Scalars['Boolean']['output'];
  /** The status after the move. */
  status: JobStatus;
};

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type JobStatusEventConnection = {
  __typename?: 'JobStatusEventConnection';
  /** The rows with their cursors. */
  edges: Array<JobStatusEventEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<JobStatusEvent>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** A row of a connection and its cursor. */
export type JobStatusEventEdge = {
  __typename?: 'JobStatusEventEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: JobStatusEvent;
};

/** Changes to a job; leave a field out to keep it. */
export type JobUpdateInput = {
  /** New client notes. */
  clientNotes?: InputMaybe<Scalars['String']['input']>;
  /** The employees assigned from now on ([] for nobody). */
  employeeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The job to change. */
  id: Scalars['ID']['input'];
  /** New internal notes. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** A new end (null for none): after the start. */
  scheduledEnd?: InputMaybe<Scalars['DateTime']['input']>;
  /** A new start. */
  scheduledStart?: InputMaybe<Scalars['DateTime']['input']>;
  /** Replaces every line ([] for none). Refused once the job is Finished or Cancelled, or while an invoice that is not void bills it. */
  services?: InputMaybe<Array<JobServiceInput>>;
  /** Another team (null for none). */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** What stands in the way of a merge (SAME_CUSTOMER, SOURCE_MERGED, TARGET_MERGED: blocking) or deserves a look before it (BOTH_DEFAULT_BILLING_CONTACT, TARGET_ARCHIVED, TARGET_WITHOUT_PORTAL_ACCESS). The company bills in one currency, so customers never differ in currency. */
export type MergeConflictCode =
  | 'BOTH_DEFAULT_BILLING_CONTACT'
  | 'SAME_CUSTOMER'
  | 'SOURCE_MERGED'
  | 'TARGET_ARCHIVED'
  | 'TARGET_MERGED'
  | 'TARGET_WITHOUT_PORTAL_ACCESS';

/** An exact amount in a currency (never a float). */
export type Money = {
  __typename?: 'Money';
  /** The amount, with two decimal places. */
  amount: Scalars['Decimal']['output'];
  /** The amount in minor units (cents). */
  cents: Scalars['Int']['output'];
  /** ISO 4217 currency code, e.g. USD. */
  currency: Scalars['String']['output'];
};

/** Revenue invoiced in one calendar month (company time zone). */
export type MonthlyRevenue = {
  __typename?: 'MonthlyRevenue';
  /** The first day of the month. */
  month: Scalars['Date']['output'];
  /** Sum of the totals of invoices issued that month, except drafts and void ones. */
  revenue: Money;
};

/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Office: issue an API token for a customer's integration; the token is in this payload only. */
  apiTokenCreate: ApiTokenCreatePayload;
  /** Office: revoke an API token; it stops working on its next request. */
  apiTokenRevoke: ApiTokenRevokePayload;
  /** Turn autopay on (needs a saved default method and the consent text) or off; who, when and the text are recorded. Office, or a client user with finances over the whole account. */
  autopaySet: AutopaySetPayload;
  /** Gather open invoices of one customer into a numbered batch. Office only. */
  batchCreate: BatchPayload;
  /** Add an item at the end of a job's checklist (office only). */
  checklistItemAdd: ChecklistItemPayload;
  /** Tick a checklist item off or open it again: the job's assigned employees and the office. Once a job is Finished or Cancelled only the office may change its checklist. */
  checklistItemSetDone: ChecklistItemPayload;
  /** Owner: replace a service's checklist template. New jobs with the service copy it; jobs already made keep the checklist they have. */
  checklistTemplateSet: ServicePayload;
  /** Start paying an invoice's or a batch's balance on a Stripe-hosted page (card fee added for cards). Asking again within a few minutes returns the same page. Office, or a client user with finances who can see the invoice or batch. */
  checkoutSessionCreate: CheckoutSessionCreatePayload;
  /** Owner: set up or change the company. Only the fields given change; every problem is reported at once and nothing is saved unless all of it holds. The next invoice, PDF and e-mail use the new values; issued invoices keep theirs. The first call on an empty database creates the company. */
  companyUpdate: CompanyUpdatePayload;
  /** Add a person to a customer's account. E-mail and phone are normalised like a customer's. Sending the same contact again (same name however cased, role, e-mail, phone) returns the existing one: a retry adds nothing. Office only (OWNER, OFFICE). */
  contactCreate: ContactCreatePayload;
  /** Remove a contact from its customer's account; the activity trail keeps who it was. A second call for the same contact finds nothing (NOT_FOUND) and changes nothing. Office only (OWNER, OFFICE). */
  contactDelete: ContactDeletePayload;
  /** Change a contact: only the fields given, with the same checks as contactCreate. The default billing contact must keep the BILLING role. Office only (OWNER, OFFICE). */
  contactUpdate: ContactUpdatePayload;
  /** Answer a client's correction request, optionally accepting it with a credit on its invoice. Office only. */
  correctionRequestAnswer: CorrectionRequestPayload;
  /** Ask the office to correct an invoice or a transaction. Client users with finances only. */
  correctionRequestCreate: CorrectionRequestPayload;
  /** Create a customer, searching first. If an existing customer has the same name or billing name (however typed), e-mail or phone, nothing is created: a DUPLICATE_CANDIDATES userError names the matches and `duplicateCandidates` lists them; pass `confirmNew: true` to create anyway. Similar names never block: they come back in `duplicateCandidates` with the new customer. With `firstProperty`, its first property is created in the same transaction. Office only (OWNER, OFFICE). */
  customerCreate: CustomerCreatePayload;
  /** Delete a customer with no history, together with its properties, contacts, tags, notes, reminders and notices. A customer with jobs, invoices, batches, transactions, files, portal users, API tokens or customers merged into it is refused with HAS_HISTORY, the message counting what it has: archive it instead (customerUpdate, status ARCHIVED). A merged customer stays as the trace of its merge (CONFLICT). The activity trail keeps a `customer.deleted` entry. Office only (OWNER, OFFICE). */
  customerDelete: CustomerDeletePayload;
  /** Import a client list (CSV) in one transaction: each row becomes a customer with its property, tags and an internal note, unless an existing customer (or an earlier row) has its e-mail or phone, or else its name or billing name however typed: then the row is MATCHED and only adds what is new. A bad row is REJECTED with its line and reasons and never stops the others; importing the same file again creates nothing. A file over 1,000 rows or 2 MiB, without a name column, or not readable as CSV is refused whole (userError at ["input", "file"] or ["input", "mapping"]). Office only (OWNER, OFFICE). */
  customerImport: CustomerImportPayload;
  /** Merge a duplicate customer (source) into another (target), in one transaction: every property, job, invoice, batch, transaction, correction request, file, contact, note, tag, reminder, notice, portal user, API token and activity entry moves to the target; totals and balances are unchanged. The source keeps its row with `mergedInto` set (readable by staff, gone from lists, search and duplicateCandidates); both trails record the merge. Moved portal users and tokens keep working and see the target. Refused with CONFLICT: the same customer, a source merged already (running it twice), a target that was merged. Office only (OWNER, OFFICE). */
  customerMerge: CustomerMergePayload;
  /** Set a customer's tags: the list given replaces the old one; names are matched case-insensitively and new ones become tags. Sending the same list again changes nothing. Office only (OWNER, OFFICE). */
  customerTagsSet: CustomerTagsSetPayload;
  /** Change a customer: only the fields given. The same checks as customerCreate; a new name, e-mail or phone that another customer has is refused with DUPLICATE_CANDIDATES unless `confirmNew: true`. Archive with status ARCHIVED. A merged customer cannot change (CONFLICT). Office only (OWNER, OFFICE). */
  customerUpdate: CustomerUpdatePayload;
  /** Owner: add an employee, optionally with a sign-in user (linked or new). */
  employeeCreate: EmployeePayload;
  /** Owner: change an employee (only the fields given), retire them (`active: false`), or give them a sign-in user. */
  employeeUpdate: EmployeePayload;
  /** Show a file to the client portal or hide it (office only). */
  fileSetVisibility: FilePayload;
  /** Attach a photo or PDF to a job (its assigned employees and the office) or to a property (office only). A multipart request (GraphQL multipart request spec) with an `Apollo-Require-Preflight` header. */
  fileUpload: FilePayload;
  /** Bill finished jobs of one customer on a new, numbered invoice. Office only. */
  invoiceCreate: InvoicePayload;
  /** Correct a paid or partially paid invoice with a credit document (a new invoice with a negative total); the original stays as it is. Office only. */
  invoiceCredit: InvoiceCreditPayload;
  /** Issue a draft invoice (DRAFT → OPEN); its client's users are notified. Office only. */
  invoiceIssue: InvoicePayload;
  /** Write off an open or partially paid invoice as bad debt. Office only. */
  invoiceMarkBadDebt: InvoicePayload;
  /** Void a draft, or an open invoice with nothing paid, giving a reason. Office only. */
  invoiceVoid: InvoicePayload;
  /** Schedule a job at one of a customer's properties (office only). */
  jobCreate: JobPayload;
  /** Review a finished job (or change the review) within the company's review window (7 days after it finished by default). A flagged problem opens a reminder and a notification for the office. A client's portal user who sees the job. */
  jobReview: JobReviewPayload;
  /** Move a job along Pending → On the Way → Started → Finished (or Cancelled): its assigned employees and the office; the office may also correct a status with a reason. */
  jobSetStatus: JobSetStatusPayload;
  /** Change a job's schedule, crew, services or notes (office only). */
  jobUpdate: JobPayload;
  /** Write a note on a customer, optionally about one of its properties or jobs. Internal by default; with `visibleToCustomer: true` the customer's users and tokens read it too (a note about a property or job only those who see that property or job). The same note sent again (same author, target and text as the customer's latest note) returns that note. Office only (OWNER, OFFICE). */
  noteCreate: NoteCreatePayload;
  /** Delete a note. The activity trail records that it was deleted and whether the customer could see it. A second call finds nothing (NOT_FOUND). Office only (OWNER, OFFICE). */
  noteDelete: NoteDeletePayload;
  /** Change a note's text or visibility (what it is about stays: delete and write a new note to move it). Office only (OWNER, OFFICE). */
  noteUpdate: NoteUpdatePayload;
  /** Put a notice (a banner such as "gate code changed") on a customer: `Customer.notices` lists the active ones. The same text again while it is active returns the existing notice. Office only (OWNER, OFFICE); never shown to clients or integrations. */
  noticeCreate: NoticeCreatePayload;
  /** Take a notice down: it leaves `Customer.notices` and stays in the activity trail (`active: false`). Removing it again changes nothing. Office only (OWNER, OFFICE). */
  noticeRemove: NoticeRemovePayload;
  /** Mark the viewer's notifications read (some, or every unread one). */
  notificationMarkRead: NotificationMarkReadPayload;
  /** Remove a saved card or bank account: detached at Stripe (it can't be charged again), then forgotten here; if it was the default, the newest other one becomes the default. Refused while autopay is on and it is the only one. Office, or a client user with finances over the whole account. */
  paymentMethodRemove: PaymentMethodRemovePayload;
  /** Make a saved card or bank account the default (the one autopay charges). Office, or a client user with finances over the whole account. */
  paymentMethodSetDefault: PaymentMethodSetDefaultPayload;
  /** Start saving a card or US bank account on a Stripe-hosted page (Checkout in setup mode). The method appears in `Customer.paymentMethods` once Stripe confirms it. Office (with the client's consent written down), or a client user with finances over the whole account. */
  paymentMethodSetupCreate: PaymentMethodSetupCreatePayload;
  /** Record a payment received and apply it to invoices (what is left is credit). Office only. Once: a retried idempotencyKey returns the same payment; a second payment with the same method and reference is refused (DUPLICATE_REFERENCE). */
  paymentRecord: PaymentRecordPayload;
  /** Report a payment made outside the portal; it awaits the office's approval (TO_APPROVAL) and pays nothing until approved. Client users with finances only. Once: a retried idempotencyKey returns the same report; a payment with the same method and reference already reported or recorded is refused (DUPLICATE_REFERENCE). */
  paymentReport: PaymentTransactionPayload;
  /** Approve (applied now, client notified) or reject a payment a client reported. Office only. */
  paymentReview: PaymentTransactionPayload;
  /** Office: create a customer's portal user; with `sendCredentials`, e-mail them their username and the sign-in link. */
  portalUserCreate: PortalUserCreatePayload;
  /** Add a property to a customer (office only). */
  propertyCreate: PropertyPayload;
  /** Change a property, or move it to another customer while it has no jobs or invoices (office only). */
  propertyUpdate: PropertyPayload;
  /** Office: set up a recurring plan; its visits up to the company's horizon are generated at once as Pending jobs. */
  recurringPlanCreate: RecurringPlanPayload;
  /** Office: pause a recurring plan: no new visits, and its coming Pending visits nobody touched are cancelled. */
  recurringPlanPause: RecurringPlanPayload;
  /** Office: resume a paused plan: the visits it cancelled come back and missing ones are generated. */
  recurringPlanResume: RecurringPlanPayload;
  /** Office: skip one coming date of a plan. Its Pending visit is cancelled unless someone touched it (then it is left alone and listed). */
  recurringPlanSkip: RecurringPlanPayload;
  /** Office: change a recurring plan. Its coming Pending visits nobody touched follow (rewritten, cancelled, restored or generated); the others are left alone and listed. */
  recurringPlanUpdate: RecurringPlanPayload;
  /** Mark a reminder done: it leaves the office's lists and is never notified. Completing a done reminder changes nothing and returns it. Office only (OWNER, OFFICE). */
  reminderComplete: ReminderCompletePayload;
  /** Create a reminder about a customer for a staff user. When it comes due, its assignee gets one in-app notification (REMINDER_DUE, also on `notificationReceived`). A merged customer takes no reminders (CONFLICT). Office only (OWNER, OFFICE). */
  reminderCreate: ReminderCreatePayload;
  /** Change an open reminder: only the fields given. A new due time or assignee re-arms it (one notification when it comes due again). A done reminder cannot change (NOT_ALLOWED). Office only (OWNER, OFFICE). */
  reminderUpdate: ReminderUpdatePayload;
  /** E-mail a 6-digit sign-in code to a username's address. The answer is the same whether or not the username exists or may sign in; at most 5 codes per 15 minutes per username and 20 per hour per client. */
  requestLoginCode: RequestLoginCodePayload;
  /** Owner: add a service to the catalog. */
  serviceCreate: ServicePayload;
  /** Owner: change a catalog service (only the fields given). A service is never deleted: retire it with `active: false`. Existing jobs keep the price, name and checklist they were made with. */
  serviceUpdate: ServicePayload;
  /** Sign in with the username and the newest e-mailed code: starts a session (an HttpOnly cookie for browsers, `token` for API clients). A code works once, for 10 minutes, and dies after 5 wrong tries. */
  signIn: SignInPayload;
  /** End the current session (and clear the cookie); `everywhere` ends all of your sessions. API tokens are revoked with apiTokenRevoke instead. */
  signOut: SignOutPayload;
  /** Owner: create a staff user (OWNER, OFFICE, or EMPLOYEE linked to an employee). */
  staffUserCreate: StaffUserCreatePayload;
  /** Delete a tag and take it off every customer; each of them keeps an entry in its activity trail. A second call finds nothing (NOT_FOUND) and changes nothing. Office only (OWNER, OFFICE). */
  tagDelete: TagDeletePayload;
  /** Rename a tag on every customer that carries it (a change of case only is allowed). A name another tag already has, however cased, is refused with CONFLICT: tags are never merged silently (delete one and re-tag its customers instead). Every carrier's activity trail records it. Office only (OWNER, OFFICE). */
  tagRename: TagRenamePayload;
  /** Owner: make a team of employees. */
  teamCreate: TeamPayload;
  /** Owner: rename a team and/or replace its members. */
  teamUpdate: TeamPayload;
  /** Office: enable or disable a user (staff users: owner only). Disabling ends their sessions and pending codes at once. */
  userSetActive: UserSetActivePayload;
  /** Office: what a customer user sees (money or not; some properties or all). */
  userSetScope: UserSetScopePayload;
  /** Office: unlock an account that too many wrong codes locked (staff users: owner only). */
  userUnlock: UserUnlockPayload;
  /** Office: change a user's e-mail or name (staff users: owner only). A new e-mail ends their sessions and pending codes at once. */
  userUpdate: UserUpdatePayload;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationApiTokenCreateArgs = {
  input: ApiTokenCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationApiTokenRevokeArgs = {
  input: ApiTokenRevokeInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationAutopaySetArgs = {
  input: AutopaySetInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationBatchCreateArgs = {
  input: BatchCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationChecklistItemAddArgs = {
  input: ChecklistItemAddInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationChecklistItemSetDoneArgs = {
  input: ChecklistItemSetDoneInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationChecklistTemplateSetArgs = {
  input: ChecklistTemplateSetInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationCheckoutSessionCreateArgs = {
  input: CheckoutSessionCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationCompanyUpdateArgs = {
  input: CompanyUpdateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationContactCreateArgs = {
  input: ContactCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationContactDeleteArgs = {
  input: ContactDeleteInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationContactUpdateArgs = {
  input: ContactUpdateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationCorrectionRequestAnswerArgs = {
  input: CorrectionRequestAnswerInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationCorrectionRequestCreateArgs = {
  input: CorrectionRequestCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationCustomerCreateArgs = {
  input: CustomerCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationCustomerDeleteArgs = {
  input: CustomerDeleteInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationCustomerImportArgs = {
  input: CustomerImportInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationCustomerMergeArgs = {
  input: CustomerMergeInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationCustomerTagsSetArgs = {
  input: CustomerTagsSetInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationCustomerUpdateArgs = {
  input: CustomerUpdateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationEmployeeCreateArgs = {
  input: EmployeeCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationEmployeeUpdateArgs = {
  input: EmployeeUpdateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationFileSetVisibilityArgs = {
  input: FileSetVisibilityInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationFileUploadArgs = {
  input: FileUploadInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationInvoiceCreateArgs = {
  input: InvoiceCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationInvoiceCreditArgs = {
  input: InvoiceCreditInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationInvoiceIssueArgs = {
  input: InvoiceIssueInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationInvoiceMarkBadDebtArgs = {
  input: InvoiceMarkBadDebtInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationInvoiceVoidArgs = {
  input: InvoiceVoidInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationJobCreateArgs = {
  input: JobCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationJobReviewArgs = {
  input: JobReviewInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationJobSetStatusArgs = {
  input: JobSetStatusInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationJobUpdateArgs = {
  input: JobUpdateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationNoteCreateArgs = {
  input: NoteCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationNoteDeleteArgs = {
  input: NoteDeleteInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationNoteUpdateArgs = {
  input: NoteUpdateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationNoticeCreateArgs = {
  input: NoticeCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationNoticeRemoveArgs = {
  input: NoticeRemoveInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationNotificationMarkReadArgs = {
  input: NotificationMarkReadInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationPaymentMethodRemoveArgs = {
  input: PaymentMethodRemoveInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationPaymentMethodSetDefaultArgs = {
  input: PaymentMethodSetDefaultInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationPaymentMethodSetupCreateArgs = {
  input: PaymentMethodSetupCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationPaymentRecordArgs = {
  input: PaymentRecordInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationPaymentReportArgs = {
  input: PaymentReportInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationPaymentReviewArgs = {
  input: PaymentReviewInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationPortalUserCreateArgs = {
  input: PortalUserCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationPropertyCreateArgs = {
  input: PropertyCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationPropertyUpdateArgs = {
  input: PropertyUpdateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationRecurringPlanCreateArgs = {
  input: RecurringPlanCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationRecurringPlanPauseArgs = {
  input: RecurringPlanPauseInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationRecurringPlanResumeArgs = {
  input: RecurringPlanResumeInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationRecurringPlanSkipArgs = {
  input: RecurringPlanSkipInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationRecurringPlanUpdateArgs = {
  input: RecurringPlanUpdateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationReminderCompleteArgs = {
  input: ReminderCompleteInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationReminderCreateArgs = {
  input: ReminderCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationReminderUpdateArgs = {
  input: ReminderUpdateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationRequestLoginCodeArgs = {
  input: RequestLoginCodeInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationServiceCreateArgs = {
  input: ServiceCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationServiceUpdateArgs = {
  input: ServiceUpdateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationSignInArgs = {
  input: SignInInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationSignOutArgs = {
  input?: InputMaybe<SignOutInput>;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationStaffUserCreateArgs = {
  input: StaffUserCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationTagDeleteArgs = {
  input: TagDeleteInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationTagRenameArgs = {
  input: TagRenameInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationTeamCreateArgs = {
  input: TeamCreateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationTeamUpdateArgs = {
  input: TeamUpdateInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationUserSetActiveArgs = {
  input: UserSetActiveInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationUserSetScopeArgs = {
  input: UserSetScopeInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationUserUnlockArgs = {
  input: UserUnlockInput;
};


/** Every change: one input, one transaction, a payload with the changed object and `userErrors`. */
export type MutationUserUpdateArgs = {
  input: UserUpdateInput;
};

/** What every mutation returns: the changed objects, or `userErrors` saying what to fix (then nothing was saved). */
export type MutationPayload = {
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** An object with a Globally Unique ID */
export type Node = {
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
};

/** A note on an account, optionally about one property or job. Internal notes are for staff; a note visible to the customer is also shown to the customer's users and tokens: account-wide ones to all of them, one about a property or job only to those who may see that property or job. Clients never receive internal notes. */
export type Note = Node & {
  __typename?: 'Note';
  /** The note. */
  body: Scalars['String']['output'];
  /** When it was written (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The job it is about, if any. */
  job?: Maybe<Job>;
  /** The property it is about (a job's property for a note about a job); null for an account-wide note. */
  property?: Maybe<Property>;
  /** When it was last changed (UTC). */
  updatedAt: Scalars['DateTime']['output'];
  /** INTERNAL (staff) or CUSTOMER (the client too). */
  visibility: NoteVisibility;
  /** Whether the customer's users see it (visibility CUSTOMER). */
  visibleToCustomer: Scalars['Boolean']['output'];
};

/** A new note on a customer. */
export type NoteCreateInput = {
  /** The customer (not a merged one). */
  customerId: Scalars['ID']['input'];
  /** The customer's job it is about, if any (the note is then about its property). */
  jobId?: InputMaybe<Scalars['ID']['input']>;
  /** The customer's property it is about, if any. */
  propertyId?: InputMaybe<Scalars['ID']['input']>;
  /** The note (required, at most 5,000 characters). */
  text: Scalars['String']['input'];
  /** Show it to the customer's users in the portal; internal (staff only) if false. */
  visibleToCustomer?: Scalars['Boolean']['input'];
};

/** The result of noteCreate. */
export type NoteCreatePayload = MutationPayload & {
  __typename?: 'NoteCreatePayload';
  /** The note; null when nothing was saved. */
  note?: Maybe<Note>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** The note to delete. */
export type NoteDeleteInput = {
  /** The note. */
  noteId: Scalars['ID']['input'];
};

/** The result of noteDelete. */
export type NoteDeletePayload = MutationPayload & {
  __typename?: 'NoteDeletePayload';
  /** The id of the deleted note; null when nothing was deleted. */
  deletedNoteId?: Maybe<Scalars['ID']['output']>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Changes to a note: only the fields given change. */
export type NoteUpdateInput = {
  /** The note. */
  noteId: Scalars['ID']['input'];
  /** The new text (cannot be blank; at most 5,000 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** true shows it to the customer's users; false makes it internal. */
  visibleToCustomer?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The result of noteUpdate. */
export type NoteUpdatePayload = MutationPayload & {
  __typename?: 'NoteUpdatePayload';
  /** The note as saved; null when nothing was saved. */
  note?: Maybe<Note>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Who may read a note. */
export type NoteVisibility =
  | 'CUSTOMER'
  | 'INTERNAL';

/** A banner the office sees on a customer. Office only. */
export type Notice = Node & {
  __typename?: 'Notice';
  /** Whether it is shown. */
  active: Scalars['Boolean']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The notice. */
  text: Scalars['String']['output'];
};

/** A new notice on a customer. */
export type NoticeCreateInput = {
  /** The customer (not a merged one). */
  customerId: Scalars['ID']['input'];
  /** The banner's text (required, at most 500 characters). */
  text: Scalars['String']['input'];
};

/** The result of noticeCreate. */
export type NoticeCreatePayload = MutationPayload & {
  __typename?: 'NoticeCreatePayload';
  /** The notice; null when nothing was saved. */
  notice?: Maybe<Notice>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** The notice to take down. */
export type NoticeRemoveInput = {
  /** The notice. */
  noticeId: Scalars['ID']['input'];
};

/** The result of noticeRemove. */
export type NoticeRemovePayload = MutationPayload & {
  __typename?: 'NoticeRemovePayload';
  /** The notice, now inactive; null when nothing was saved. */
  notice?: Maybe<Notice>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A message for the signed-in user (a finished job, later invoices and payments). */
export type Notification = {
  __typename?: 'Notification';
  /** More detail, if any. */
  body?: Maybe<Scalars['String']['output']>;
  /** When it was created (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque id of the notification. */
  id: Scalars['ID']['output'];
  /** What it is about. */
  kind: NotificationKind;
  /** When the user read it (UTC); null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** What it is about (a job, invoice, batch or payment), if the viewer may read it. */
  subject?: Maybe<Node>;
  /** One line to show. */
  title: Scalars['String']['output'];
};

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The rows with their cursors. */
  edges: Array<NotificationEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<Notification>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** A row of a connection and its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Notification;
};

/** What a notification is about. */
export type NotificationKind =
  | 'AUTOPAY_FAILED'
  | 'BATCH_READY'
  | 'INVOICE_GENERATED'
  | 'JOB_COMPLETED'
  | 'JOB_PROBLEM'
  | 'LOGIN_CODE'
  | 'PAYMENT_RECORDED'
  | 'REMINDER_DUE';

/** Which of the viewer's notifications to mark read. */
export type NotificationMarkReadInput = {
  /** These notifications (another user's id is not found). Leave out to mark every unread one read. */
  notificationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The result of notificationMarkRead. */
export type NotificationMarkReadPayload = MutationPayload & {
  __typename?: 'NotificationMarkReadPayload';
  /** The notifications now read. */
  notifications: Array<Notification>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** How a payer pays on Stripe's hosted page. */
export type OnlinePaymentMethod =
  | 'ACH'
  | 'CARD';

/** An unpaid invoice on a statement, with its balance and days overdue. */
export type OpenInvoice = {
  __typename?: 'OpenInvoice';
  /** Total less completed payments (the invoice's `balance`). */
  balance: Money;
  /** Days past the due date (0 when not yet due). */
  daysOverdue: Scalars['Int']['output'];
  /** The invoice. */
  invoice: Invoice;
};

/** Where a page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last row; pass it as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether rows precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first row of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** How money was paid. */
export type PaymentMethod =
  | 'ACH'
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'CASH'
  | 'CHECK'
  | 'ZELLE';

/** Which saved method to remove. */
export type PaymentMethodRemoveInput = {
  /** The saved method. */
  paymentMethodId: Scalars['ID']['input'];
};

/** The result of paymentMethodRemove. */
export type PaymentMethodRemovePayload = MutationPayload & {
  __typename?: 'PaymentMethodRemovePayload';
  /** The customer, with the methods left; null when userErrors say why not. */
  customer?: Maybe<Customer>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Which saved method becomes the default. */
export type PaymentMethodSetDefaultInput = {
  /** The saved method. */
  paymentMethodId: Scalars['ID']['input'];
};

/** The result of paymentMethodSetDefault. */
export type PaymentMethodSetDefaultPayload = MutationPayload & {
  __typename?: 'PaymentMethodSetDefaultPayload';
  /** The new default; null when userErrors say why not. */
  paymentMethod?: Maybe<SavedPaymentMethod>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Stripe's page where the payer enters the card: send them to `url`. */
export type PaymentMethodSetup = {
  __typename?: 'PaymentMethodSetup';
  /** Stripe's id of the Checkout session (cs_…). */
  stripeSessionId: Scalars['String']['output'];
  /** Stripe's page. Open it in the same tab; it comes back to the portal's payment methods. */
  url: Scalars['String']['output'];
};

/** Whose card to save, and (for the office) the client's consent. */
export type PaymentMethodSetupCreateInput = {
  /** Required from the office, saving a card on the client's behalf: who agreed, how and when (kept in the account's activity). A client's own request needs none. */
  consentText?: InputMaybe<Scalars['String']['input']>;
  /** The customer (a client user's own account). */
  customerId: Scalars['ID']['input'];
};

/** The result of paymentMethodSetupCreate. */
export type PaymentMethodSetupCreatePayload = MutationPayload & {
  __typename?: 'PaymentMethodSetupCreatePayload';
  /** The page; null when userErrors say why not. */
  setup?: Maybe<PaymentMethodSetup>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A payment the office received (cash, check, transfer…), recorded completed. */
export type PaymentRecordInput = {
  /** The amount received in dollars: more than 0, at most 2 decimals. */
  amount: Scalars['Decimal']['input'];
  /** Apply it to this batch's invoices, oldest first (not with invoiceIds). */
  batchId?: InputMaybe<Scalars['ID']['input']>;
  /** Who paid. */
  customerId: Scalars['ID']['input'];
  /** A key the client makes once per payment it means to make (a UUID, at most 100 characters), sent again on every retry: a request repeating it gets the payment recorded under it back instead of recording another; the same key with other details is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Apply it to these invoices of the customer, in this order. Leave out (with batchId) to apply it to the customer's oldest open invoices first. */
  invoiceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** How it was paid. */
  method: PaymentMethod;
  /** A note on the payment. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it was received (default: now). Without a zone: the company's local time. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Check number, transfer reference… */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** The result of paymentRecord. */
export type PaymentRecordPayload = MutationPayload & {
  __typename?: 'PaymentRecordPayload';
  /** The recorded payment and its allocations; null when userErrors say why not. */
  transaction?: Maybe<Transaction>;
  /** What no invoice's balance could take: kept as the customer's credit (0 when all applied). */
  unappliedAmount?: Maybe<Money>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A payment the client made outside the portal, for the office to approve. */
export type PaymentReportInput = {
  /** The amount paid in dollars: more than 0, at most 2 decimals. */
  amount: Scalars['Decimal']['input'];
  /** The batch paid (give this or invoiceId). */
  batchId?: InputMaybe<Scalars['ID']['input']>;
  /** A key the client makes once per payment it means to make (a UUID, at most 100 characters), sent again on every retry: a request repeating it gets the payment recorded under it back instead of recording another; the same key with other details is refused (IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The invoice paid (give this or batchId). */
  invoiceId?: InputMaybe<Scalars['ID']['input']>;
  /** How it was paid: ZELLE, CHECK, BANK_TRANSFER, CASH or ACH (cards are paid online). */
  method: PaymentMethod;
  /** When it was paid (default: now). Without a zone: the company's local time. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Check number, Zelle or transfer reference, to help the office find it. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** Approve or reject a payment a client reported. */
export type PaymentReviewInput = {
  /** True: the money arrived (COMPLETED, applied to the invoices now). False: it did not (FAILED). */
  approve: Scalars['Boolean']['input'];
  /** A note for the client (required to reject): shown on the payment. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The payment awaiting approval. */
  transactionId: Scalars['ID']['input'];
};

/** Whether and how clients can pay online, and the fees they are charged. */
export type PaymentSettings = {
  __typename?: 'PaymentSettings';
  /** Fixed amount added to each ACH payment. Null for viewers without finances (field employees, clients without finances). */
  achFeeFixed?: Maybe<Money>;
  /** Percentage added to ACH payments. Null for viewers without finances (field employees, clients without finances). */
  achFeePercent?: Maybe<Scalars['Decimal']['output']>;
  /** Fixed amount added to each card payment. Null for viewers without finances (field employees, clients without finances). */
  cardFeeFixed?: Maybe<Money>;
  /** Percentage added to card payments, e.g. 2.9. Null for viewers without finances (field employees, clients without finances). */
  cardFeePercent?: Maybe<Scalars['Decimal']['output']>;
  /** The online methods offered (none when online payment is not configured). */
  methods: Array<OnlinePaymentMethod>;
  /** True when Stripe is connected; otherwise paying online is not offered. */
  onlinePaymentConfigured: Scalars['Boolean']['output'];
};

/** The result of paymentReport and paymentReview. */
export type PaymentTransactionPayload = MutationPayload & {
  __typename?: 'PaymentTransactionPayload';
  /** The payment and its allocations; null when userErrors say why not. */
  transaction?: Maybe<Transaction>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** How a recurring plan is billed: PER_VISIT (each finished visit, by the office) or MONTHLY (one invoice on the 1st for the previous month). */
export type PlanBilling =
  | 'MONTHLY'
  | 'PER_VISIT';

/** A recurring plan's rule: WEEKLY on weekdays every N weeks, MONTHLY_BY_DAY on a day of the month, MONTHLY_BY_WEEKDAY on the n-th weekday (e.g. the last Friday), every N months. */
export type PlanFrequency =
  | 'MONTHLY_BY_DAY'
  | 'MONTHLY_BY_WEEKDAY'
  | 'WEEKLY';

/** One coming visit of a plan: its date in the company's time zone, its times, and the job generated for it (null until the generator reaches its date). */
export type PlanOccurrence = {
  __typename?: 'PlanOccurrence';
  /** The visit's date (company time zone). */
  date: Scalars['Date']['output'];
  /** When it ends (UTC). */
  end: Scalars['DateTime']['output'];
  /** The Pending job made for it, or whatever became of that job; null when not generated yet. */
  job?: Maybe<Job>;
  /** When it starts (UTC). */
  start: Scalars['DateTime']['output'];
};

/** A service every visit of a plan gets: quantity × unit price, set on the plan. */
export type PlanService = {
  __typename?: 'PlanService';
  /** Quantity × unit price, per visit. */
  amount: Money;
  /** What is done. */
  description: Scalars['String']['output'];
  /** How many units. */
  quantity: Scalars['Decimal']['output'];
  /** The catalog service. */
  service?: Maybe<Service>;
  /** Whether tax applies. */
  taxable: Scalars['Boolean']['output'];
  /** Price of one unit (the catalog's when the plan was set, or the office's own). */
  unitPrice: Money;
};

/** Whether a recurring plan generates visits. */
export type PlanStatus =
  | 'ACTIVE'
  | 'PAUSED';

/** A portal user for a customer. */
export type PortalUserCreateInput = {
  /** The customer the user belongs to. */
  customerId: Scalars['ID']['input'];
  /** Where sign-in codes (and the welcome) are sent. */
  email: Scalars['String']['input'];
  /** Whether the user sees money (invoices, batches, payments). */
  finances?: Scalars['Boolean']['input'];
  /** The person's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Limit the user to these properties of the customer (omit: all of them). */
  propertyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** E-mail a welcome with the username and the sign-in link now. */
  sendCredentials: Scalars['Boolean']['input'];
  /** 3–40 letters, digits, '.', '_' or '-'; unique ignoring case. */
  username: Scalars['String']['input'];
};

/** The result of portalUserCreate. */
export type PortalUserCreatePayload = MutationPayload & {
  __typename?: 'PortalUserCreatePayload';
  /** The new user. */
  user?: Maybe<User>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** What part of a job's proof of work changed. */
export type ProofChange =
  | 'CHECKLIST'
  | 'FILES';

/** A place where work happens (a home, a unit, a building, a pool). */
export type Property = Node & {
  __typename?: 'Property';
  /** How to get in (lockbox, gate code): shown to assigned staff and the client. */
  accessNotes?: Maybe<Scalars['String']['output']>;
  /** Whether work is still scheduled here. */
  active: Scalars['Boolean']['output'];
  /** The street address. */
  address: Address;
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The customer this place belongs to. */
  customer?: Maybe<Customer>;
  /** What the place is like. */
  description?: Maybe<Scalars['String']['output']>;
  /** Files attached to this place or its jobs that the viewer may see. */
  files: FileConnection;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The office's private notes on this place. Office only (OWNER, OFFICE): null for everyone else. What the crew needs to get in and work goes in `accessNotes`. */
  internalNotes?: Maybe<Scalars['String']['output']>;
  /** Invoices for this place, newest first. Empty without finances. */
  invoices: InvoiceConnection;
  /** Jobs here, newest scheduled first. */
  jobs: JobConnection;
  /** What the customer calls this place. */
  name: Scalars['String']['output'];
  /** Recurring plans here, by name (paused ones included). Office only (OWNER, OFFICE): null for everyone else. */
  recurringPlans?: Maybe<RecurringPlanConnection>;
  /** Residential, business or pool. */
  type: PropertyType;
};


/** A place where work happens (a home, a unit, a building, a pool). */
export type PropertyFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place where work happens (a home, a unit, a building, a pool). */
export type PropertyInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place where work happens (a home, a unit, a building, a pool). */
export type PropertyJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A place where work happens (a home, a unit, a building, a pool). */
export type PropertyRecurringPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type PropertyConnection = {
  __typename?: 'PropertyConnection';
  /** The rows with their cursors. */
  edges: Array<PropertyEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<Property>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** A new property of a customer. */
export type PropertyCreateInput = {
  /** How to get in (lockbox, gate code): shown to assigned staff and the client. */
  accessNotes?: InputMaybe<Scalars['String']['input']>;
  /** The street address; line1 and city are required. */
  address: AddressInput;
  /** The customer the property belongs to. */
  customerId: Scalars['ID']['input'];
  /** What the place is like. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The office's private notes on this place. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** What the customer calls this place, e.g. “Main house”. */
  name: Scalars['String']['input'];
  /** Residential, business or pool. */
  type?: PropertyType;
};

/** A row of a connection and its cursor. */
export type PropertyEdge = {
  __typename?: 'PropertyEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Property;
};

/** The result of creating or changing a property. */
export type PropertyPayload = MutationPayload & {
  __typename?: 'PropertyPayload';
  /** The property, as saved; null when nothing was. */
  property?: Maybe<Property>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** The kind of service location. */
export type PropertyType =
  | 'BUSINESS'
  | 'POOL'
  | 'RESIDENTIAL';

/** Changes to a property; leave a field out to keep it, null clears a note. */
export type PropertyUpdateInput = {
  /** New access notes. */
  accessNotes?: InputMaybe<Scalars['String']['input']>;
  /** A new address, replacing the whole address (line1 and city required). */
  address?: InputMaybe<AddressInput>;
  /** Move the property to another customer (only while it has no jobs or invoices). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** A new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The property to change. */
  id: Scalars['ID']['input'];
  /** New internal notes. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new type. */
  type?: InputMaybe<PropertyType>;
};

/** Everything the viewer may read, from the top. */
export type Query = {
  __typename?: 'Query';
  /** API tokens, newest first (the secret itself is never shown again). Office only (OWNER, OFFICE): refused for everyone else. */
  apiTokens: ApiTokenConnection;
  /** Batch invoices, newest first. Empty for viewers without finances. */
  batches: BatchConnection;
  /** The company: name, time zone and currency for showing dates and money; the billing settings for the office. */
  company: Company;
  /** Correction requests the viewer may read (the office: all), newest first. */
  correctionRequests: CorrectionRequestConnection;
  /** Before merging two customers: what would move from the source (`sourceId`, the duplicate) to the target (`targetId`, the one to keep), and the conflicts. Office only (OWNER, OFFICE). */
  customerMergePreview: CustomerMergePreview;
  /** Customers, by name; with `search`, best matches by name, billing name, e-mail or phone (any format), then those whose e-mail, phone digits, billing address or a property's address (street, city, postal code) contain it; `filter.tags` keeps those carrying all the tags given, `filter.kind` one kind. */
  customers: CustomerConnection;
  /** Customers owing money past its due date, most overdue first (today in the company's time zone); see each one's `aging`. For the office; empty for anyone else. */
  customersByOverdue: CustomerConnection;
  /** The viewer's dashboard: the company's for the office, the customer's own for a client (their properties only when limited; job counts without money, or anything derived from it, for viewers without finances); null for field employees. */
  dashboard?: Maybe<Dashboard>;
  /** Search before create: existing customers that may be the client being typed, at most 10. Exact matches (the same name or billing name however typed, an e-mail in any case, a phone in any format) first, then similar names by score. Merged customers never appear; archived ones do, marked. Half-typed e-mails and phones are ignored, not refused. Office only (OWNER, OFFICE). */
  duplicateCandidates: Array<DuplicateCandidate>;
  /** Employees the viewer may see, by name. */
  employees: Array<Employee>;
  /** Invoices, newest first. Empty for viewers without finances. */
  invoices: InvoiceConnection;
  /** Every status move of the jobs the viewer may read, oldest first, as an append-only log: an integration stores the last `cursor` it handled and asks for `after` it to catch up after being offline. `endCursor` stays put when nothing is new. `totalCount` counts the moves after `after`. */
  jobEvents: JobStatusEventConnection;
  /** Jobs, newest scheduled first unless `oldestFirst`. */
  jobs: JobConnection;
  /** The signed-in user; null when signed out or calling with an API token. */
  me?: Maybe<User>;
  /** Fetch any object by its global id (null when it is not readable). */
  node?: Maybe<Node>;
  /** Fetch several objects by global id, in order (null where not readable). */
  nodes: Array<Maybe<Node>>;
  /** The signed-in user's notifications, newest first (empty for API tokens). */
  notifications: NotificationConnection;
  /** Whether clients can pay online and the card/ACH fees they would be charged. */
  paymentSettings: PaymentSettings;
  /** Properties, by name. */
  properties: PropertyConnection;
  /** Open reminders for the office's day, soonest due first (then those without a due time), optionally only overdue, today's or upcoming ones (the company's time zone) and only one staff user's. Office only (OWNER, OFFICE). */
  reminders: ReminderConnection;
  /** The service catalog. */
  services: Array<Service>;
  /** Every tag, by name (for the tag filter and renaming). Office only: empty for everyone else. */
  tags: Array<Tag>;
  /** Teams the viewer may see, by name. */
  teams: Array<Team>;
  /** Payments, newest first. Empty for viewers without finances. */
  transactions: TransactionConnection;
  /** Users by username, for the office's access panel: portal (customer) users for the office; staff users too for the owner. Office only (OWNER, OFFICE): refused for everyone else. */
  users: UserConnection;
  /** Who is asking (works signed out too: `authenticated` is then false). */
  viewer: Viewer;
};


/** Everything the viewer may read, from the top. */
export type QueryApiTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApiTokenFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the viewer may read, from the top. */
export type QueryBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the viewer may read, from the top. */
export type QueryCorrectionRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CorrectionStatus>;
};


/** Everything the viewer may read, from the top. */
export type QueryCustomerMergePreviewArgs = {
  sourceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
};


/** Everything the viewer may read, from the top. */
export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CustomerStatus>;
};


/** Everything the viewer may read, from the top. */
export type QueryCustomersByOverdueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the viewer may read, from the top. */
export type QueryDuplicateCandidatesArgs = {
  billingName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};


/** Everything the viewer may read, from the top. */
export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the viewer may read, from the top. */
export type QueryJobEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the viewer may read, from the top. */
export type QueryJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the viewer may read, from the top. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Everything the viewer may read, from the top. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Everything the viewer may read, from the top. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: Scalars['Boolean']['input'];
};


/** Everything the viewer may read, from the top. */
export type QueryPropertiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the viewer may read, from the top. */
export type QueryRemindersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReminderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything the viewer may read, from the top. */
export type QueryTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<TransactionStatus>>;
};


/** Everything the viewer may read, from the top. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Stars from clients' reviews, averaged. */
export type Rating = {
  __typename?: 'Rating';
  /** The average rating, 1.00 to 5.00. */
  average: Scalars['Decimal']['output'];
  /** How many reviews it averages. */
  count: Scalars['Int']['output'];
};

/** Repeat work at one property: services, crew, a time window and a rule in the company's time zone; its visits are generated ahead as ordinary Pending jobs. Office only. */
export type RecurringPlan = Node & {
  __typename?: 'RecurringPlan';
  /** Per visit (the office invoices finished jobs) or one invoice a month for the month's finished visits. */
  billing: PlanBilling;
  /** Notes copied onto each visit, which the client reads. */
  clientNotes?: Maybe<Scalars['String']['output']>;
  /** When the plan was made (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** Whose plan it is. */
  customer?: Maybe<Customer>;
  /** The employees assigned to every visit. */
  employees: Array<Employee>;
  /** The last date it may fall on; null for no end. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** When each visit ends, company time zone. */
  endTime: Scalars['Time']['output'];
  /** Weekly on weekdays, monthly on a day, or monthly on the n-th weekday. */
  frequency: PlanFrequency;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The office's notes, copied onto each visit for the staff. Office only (OWNER, OFFICE): null for everyone else. */
  internalNotes?: Maybe<Scalars['String']['output']>;
  /** Every N weeks (weekly) or N months (monthly). */
  interval: Scalars['Int']['output'];
  /** MONTHLY_BY_DAY: the day (a shorter month uses its last day). */
  monthDay?: Maybe<Scalars['Int']['output']>;
  /** What the office calls it ("Every other Friday clean"). */
  name: Scalars['String']['output'];
  /** The next visits from now, soonest first (skipped dates left out; none while paused; fewer when the plan ends). `first`: 1 to 100. */
  nextOccurrences: Array<PlanOccurrence>;
  /** Stop after this many visits (from the start date, skipped ones included); null for no limit. */
  occurrenceCount?: Maybe<Scalars['Int']['output']>;
  /** Where the visits are. */
  property?: Maybe<Property>;
  /** The services of every visit, in order. */
  services: Array<PlanService>;
  /** Dates of the rule left out, oldest first. */
  skippedDates: Array<Scalars['Date']['output']>;
  /** The first date the rule may fall on. */
  startDate: Scalars['Date']['output'];
  /** When each visit starts, company time zone. */
  startTime: Scalars['Time']['output'];
  /** Active (visits are generated) or paused. */
  status: PlanStatus;
  /** The team sent. */
  team?: Maybe<Team>;
  /** The time zone the plan's times and dates are in (the company's). */
  timeZone: Scalars['String']['output'];
  /** MONTHLY_BY_WEEKDAY: 1–4, or -1 for the last. */
  weekOfMonth?: Maybe<Scalars['Int']['output']>;
  /** The weekdays: WEEKLY's days, or MONTHLY_BY_WEEKDAY's one day. */
  weekdays: Array<Weekday>;
};


/** Repeat work at one property: services, crew, a time window and a rule in the company's time zone; its visits are generated ahead as ordinary Pending jobs. Office only. */
export type RecurringPlanNextOccurrencesArgs = {
  first?: Scalars['Int']['input'];
};

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type RecurringPlanConnection = {
  __typename?: 'RecurringPlanConnection';
  /** The rows with their cursors. */
  edges: Array<RecurringPlanEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<RecurringPlan>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** A new recurring plan. Times and dates are in the company's time zone. */
export type RecurringPlanCreateInput = {
  /** PER_VISIT or MONTHLY (one invoice a month). */
  billing?: PlanBilling;
  /** Notes on every visit the client reads. */
  clientNotes?: InputMaybe<Scalars['String']['input']>;
  /** Whose plan it is. */
  customerId: Scalars['ID']['input'];
  /** The employees assigned to every visit. */
  employeeIds?: Array<Scalars['ID']['input']>;
  /** The last date a visit may fall on. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** When each visit ends, the same day. */
  endTime: Scalars['Time']['input'];
  /** WEEKLY, MONTHLY_BY_DAY or MONTHLY_BY_WEEKDAY. */
  frequency: PlanFrequency;
  /** The office's notes for the staff. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** Every N weeks (1–52) or months (1–12). */
  interval?: Scalars['Int']['input'];
  /** MONTHLY_BY_DAY: 1–31 (a shorter month uses its last day). */
  monthDay?: InputMaybe<Scalars['Int']['input']>;
  /** What the office calls it ("Every other Friday clean"). */
  name: Scalars['String']['input'];
  /** Stop after this many visits. */
  occurrenceCount?: InputMaybe<Scalars['Int']['input']>;
  /** Where: one of that customer's properties in use. */
  propertyId: Scalars['ID']['input'];
  /** The services of every visit (at least one); prices default to the catalog's. */
  services: Array<JobServiceInput>;
  /** The first date the rule may fall on. */
  startDate: Scalars['Date']['input'];
  /** When each visit starts (local time, e.g. 09:00). */
  startTime: Scalars['Time']['input'];
  /** The team sent. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** MONTHLY_BY_WEEKDAY: 1–4, or -1 for the last. */
  weekOfMonth?: InputMaybe<Scalars['Int']['input']>;
  /** WEEKLY: the days; MONTHLY_BY_WEEKDAY: exactly one day. */
  weekdays?: Array<Weekday>;
};

/** A row of a connection and its cursor. */
export type RecurringPlanEdge = {
  __typename?: 'RecurringPlanEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: RecurringPlan;
};

/** The plan to pause. */
export type RecurringPlanPauseInput = {
  /** The plan. */
  planId: Scalars['ID']['input'];
};

/** The result of creating or changing a recurring plan: the plan, and what happened to its coming visits (jobs). Untouched Pending visits follow the plan; the others are listed in `leftAlone`. */
export type RecurringPlanPayload = MutationPayload & {
  __typename?: 'RecurringPlanPayload';
  /** Pending visits cancelled: the plan no longer has their date (skipped, paused, rule changed). */
  jobsCancelled: Scalars['Int']['output'];
  /** Visits generated (up to the company's horizon). */
  jobsCreated: Scalars['Int']['output'];
  /** Visits the plan had cancelled, Pending again. */
  jobsRestored: Scalars['Int']['output'];
  /** Pending visits rewritten to the plan (time, crew, services, notes). */
  jobsUpdated: Scalars['Int']['output'];
  /** Coming visits the change did not touch: on the way, started, finished, or edited or moved by a person. */
  leftAlone: Array<Job>;
  /** The plan, as saved; null when nothing was. */
  plan?: Maybe<RecurringPlan>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** The plan to resume. */
export type RecurringPlanResumeInput = {
  /** The plan. */
  planId: Scalars['ID']['input'];
};

/** One coming date of a plan to leave out. */
export type RecurringPlanSkipInput = {
  /** One of the plan's coming dates (company time zone). */
  date: Scalars['Date']['input'];
  /** The plan. */
  planId: Scalars['ID']['input'];
};

/** What to change in a recurring plan: leave a field out to keep it. The customer and the property stay (a plan elsewhere is a new plan). */
export type RecurringPlanUpdateInput = {
  /** PER_VISIT or MONTHLY. */
  billing?: InputMaybe<PlanBilling>;
  /** Notes the client reads. */
  clientNotes?: InputMaybe<Scalars['String']['input']>;
  /** The whole new crew. */
  employeeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The last date; null: none. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Visit end (local). */
  endTime?: InputMaybe<Scalars['Time']['input']>;
  /** The rule's kind. */
  frequency?: InputMaybe<PlanFrequency>;
  /** The office's notes. */
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  /** Every N weeks or months. */
  interval?: InputMaybe<Scalars['Int']['input']>;
  /** MONTHLY_BY_DAY's day. */
  monthDay?: InputMaybe<Scalars['Int']['input']>;
  /** Its name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** How many visits; null: no limit. */
  occurrenceCount?: InputMaybe<Scalars['Int']['input']>;
  /** The plan. */
  planId: Scalars['ID']['input'];
  /** The whole new list of services. */
  services?: InputMaybe<Array<JobServiceInput>>;
  /** The first date. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Visit start (local). */
  startTime?: InputMaybe<Scalars['Time']['input']>;
  /** The team; null: none. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** MONTHLY_BY_WEEKDAY's week (1–4, -1). */
  weekOfMonth?: InputMaybe<Scalars['Int']['input']>;
  /** The weekdays. */
  weekdays?: InputMaybe<Array<Weekday>>;
};

/** A to-do about a customer, for one staff user, who is notified once when it comes due. Office only. */
export type Reminder = Node & {
  __typename?: 'Reminder';
  /** The staff user it is for (notified when it comes due). Office only (OWNER, OFFICE): null for everyone else. */
  assignee?: Maybe<User>;
  /** When it was written (UTC). Office only (OWNER, OFFICE): null for everyone else. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The customer it is about. Office only (OWNER, OFFICE): null for everyone else. */
  customer?: Maybe<Customer>;
  /** When it was done (UTC). */
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  /** When (UTC). */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** When its assignee was notified that it came due (UTC); null while it has not come due, or since its due time or assignee changed. Office only (OWNER, OFFICE): null for everyone else. */
  notifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What to do. */
  text: Scalars['String']['output'];
};

/** The reminder that is done. */
export type ReminderCompleteInput = {
  /** The reminder. */
  reminderId: Scalars['ID']['input'];
};

/** The result of reminderComplete. */
export type ReminderCompletePayload = MutationPayload & {
  __typename?: 'ReminderCompletePayload';
  /** The reminder, done; null when not found. */
  reminder?: Maybe<Reminder>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type ReminderConnection = {
  __typename?: 'ReminderConnection';
  /** The rows with their cursors. */
  edges: Array<ReminderEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<Reminder>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** A new reminder. */
export type ReminderCreateInput = {
  /** The staff user (owner, office or field employee; active) it is for; the signed-in user when left out. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** The customer it is about. */
  customerId: Scalars['ID']['input'];
  /** When it is due. Without a time zone it is read in the company's time zone. A past time is allowed: the assignee is notified at once. */
  dueAt: Scalars['DateTime']['input'];
  /** What is to be done (required; trimmed; at most 2000 characters). */
  text: Scalars['String']['input'];
};

/** The result of reminderCreate. */
export type ReminderCreatePayload = MutationPayload & {
  __typename?: 'ReminderCreatePayload';
  /** The new reminder; null when it was not created. */
  reminder?: Maybe<Reminder>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** When a reminder is due, in the company's time zone: OVERDUE (before today), TODAY, UPCOMING (after today). */
export type ReminderDue =
  | 'OVERDUE'
  | 'TODAY'
  | 'UPCOMING';

/** A row of a connection and its cursor. */
export type ReminderEdge = {
  __typename?: 'ReminderEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Reminder;
};

/** Which open reminders to list. */
export type ReminderFilter = {
  /** Only those for this staff user. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those due before today (OVERDUE), today (TODAY) or later (UPCOMING). */
  due?: InputMaybe<ReminderDue>;
};

/** Changes to an open reminder: only the fields given change. */
export type ReminderUpdateInput = {
  /** Another active staff user, who is notified when it comes due (the reminder is re-armed); null leaves it unassigned (nobody is notified). */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** A new due time (cannot be null; without a time zone, the company's). Re-arms the reminder: its assignee is notified again when it comes due. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The reminder to change. */
  reminderId: Scalars['ID']['input'];
  /** New text (cannot be blank). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The result of reminderUpdate. */
export type ReminderUpdatePayload = MutationPayload & {
  __typename?: 'ReminderUpdatePayload';
  /** The reminder as saved; null when nothing was saved. */
  reminder?: Maybe<Reminder>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Ask for a sign-in code by e-mail. */
export type RequestLoginCodeInput = {
  /** Your username (not case-sensitive). */
  username: Scalars['String']['input'];
};

/** The answer to a code request: the same whoever the username belongs to. */
export type RequestLoginCodePayload = MutationPayload & {
  __typename?: 'RequestLoginCodePayload';
  /** What happens next (null when there are userErrors). */
  message?: Maybe<Scalars['String']['output']>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** What a user is to the company. */
export type Role =
  | 'CUSTOMER'
  | 'EMPLOYEE'
  | 'OFFICE'
  | 'OWNER';

/** What kind of method is saved. */
export type SavedMethodKind =
  | 'CARD'
  | 'US_BANK_ACCOUNT';

/** A card or US bank account saved at Stripe for the account: what a person recognises it by (never the card number), and whether autopay charges it. */
export type SavedPaymentMethod = Node & {
  __typename?: 'SavedPaymentMethod';
  /** The card's brand (visa, mastercard …) or the bank's name. */
  brand?: Maybe<Scalars['String']['output']>;
  /** A card's expiry month (1–12); null for a bank account. */
  expMonth?: Maybe<Scalars['Int']['output']>;
  /** A card's expiry year; null for a bank account. */
  expYear?: Maybe<Scalars['Int']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Whether autopay charges this one. */
  isDefault: Scalars['Boolean']['output'];
  /** CARD or US_BANK_ACCOUNT. */
  kind: SavedMethodKind;
  /** How to name it to a person: "Visa ending 4242". */
  label: Scalars['String']['output'];
  /** The last four digits. */
  last4: Scalars['String']['output'];
  /** When it was saved (UTC). */
  savedAt: Scalars['DateTime']['output'];
};

/** A catalog service: what a job line bills by default. */
export type Service = Node & {
  __typename?: 'Service';
  /** Whether it can be booked. */
  active: Scalars['Boolean']['output'];
  /** The checklist new jobs with this service get, in order (jobs already made keep theirs). Staff only: null for client users and integrations. */
  checklistTemplate?: Maybe<Array<ChecklistTemplateItem>>;
  /** The default unit price. Null for viewers without finances (field employees, clients without finances). */
  defaultPrice?: Maybe<Money>;
  /** What it includes. */
  description?: Maybe<Scalars['String']['output']>;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The service's name. */
  name: Scalars['String']['output'];
  /** Whether tax applies to it. */
  taxable: Scalars['Boolean']['output'];
};

/** A new catalog service. */
export type ServiceCreateInput = {
  /** Whether new jobs can book it. */
  active?: Scalars['Boolean']['input'];
  /** Price of one unit in the company's currency (at least 0, at most 2 decimals); jobs copy it. */
  defaultPrice: Scalars['Decimal']['input'];
  /** What it includes. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The service's name, unique ignoring case. */
  name: Scalars['String']['input'];
  /** Whether tax applies to it. */
  taxable?: Scalars['Boolean']['input'];
};

/** The result of creating or changing a service or its checklist template. */
export type ServicePayload = MutationPayload & {
  __typename?: 'ServicePayload';
  /** The service as saved; null when nothing was saved. */
  service?: Maybe<Service>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Changes to a service: leave a field out to keep it. Jobs already made keep their lines as they are. */
export type ServiceUpdateInput = {
  /** false retires the service: new jobs can't book it; jobs and invoices that have it keep it. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new default price for new jobs (at least 0, at most 2 decimals). */
  defaultPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** A new description; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The service to change. */
  id: Scalars['ID']['input'];
  /** A new name (not blank). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Whether tax applies on new jobs. */
  taxable?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A catalog service and on how many of the customer's finished jobs it was done. */
export type ServiceUse = {
  __typename?: 'ServiceUse';
  /** Finished jobs with this service (a job counts once). */
  jobs: Scalars['Int']['output'];
  /** The service. */
  service?: Maybe<Service>;
};

/** Sign in with a username and the code e-mailed to it. */
export type SignInInput = {
  /** The 6-digit code from the newest e-mail (spaces are ignored). */
  code: Scalars['String']['input'];
  /** Your username (not case-sensitive). */
  username: Scalars['String']['input'];
};

/** A new session: the browser gets an HttpOnly cookie, API clients use `token`. */
export type SignInPayload = MutationPayload & {
  __typename?: 'SignInPayload';
  /** When the session ends unless used (each use pushes it 30 days out). */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The session token for API clients (`Authorization: Bearer <token>`); browsers use the cookie. */
  token?: Maybe<Scalars['String']['output']>;
  /** Who signed in. */
  user?: Maybe<User>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Sign out. */
export type SignOutInput = {
  /** End all of your sessions (every browser and device). */
  everywhere?: Scalars['Boolean']['input'];
};

/** The result of signing out. */
export type SignOutPayload = MutationPayload & {
  __typename?: 'SignOutPayload';
  /** Whether a session was ended (false when there was none, or for an API token). */
  signedOut: Scalars['Boolean']['output'];
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A staff user (owner only). */
export type StaffUserCreateInput = {
  /** Where sign-in codes are sent. */
  email: Scalars['String']['input'];
  /** The employee this user signs in as (required for EMPLOYEE). */
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  /** The person's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** OWNER, OFFICE or EMPLOYEE. */
  role: Role;
  /** E-mail a welcome with the username and the sign-in link now. */
  sendCredentials?: Scalars['Boolean']['input'];
  /** 3–40 letters, digits, '.', '_' or '-'; unique ignoring case. */
  username: Scalars['String']['input'];
};

/** The result of staffUserCreate. */
export type StaffUserCreatePayload = MutationPayload & {
  __typename?: 'StaffUserCreatePayload';
  /** The new user. */
  user?: Maybe<User>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Live updates, over the WebSocket (graphql-transport-ws) at /graphql. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Each change of a job's crew or time (`jobUpdate`, or its recurring plan) that the viewer may read, scoped like `jobStatusChanged`: the office every job, an employee their assigned jobs, a client its own customer's (allowed properties only), with the job's field rules. An employee taken off a job hears of it too (`fields: [EMPLOYEES]`, its `jobId`, `job` null). The job is read when the event arrives; there is no history, so reload the day on (re)connect. A connection that stops reading is closed with code 4008. */
  jobChanged: JobChangedEvent;
  /** A job's proof of work as it changes: the first message is the job as it is now (`snapshot: true`), then the job again after each checklist tick or added item and each photo or document attached, shown or hidden. Scoped like the job (a client never hears of files hidden from them). A connection that stops reading is closed with code 4008. */
  jobProofChanged: JobProofEvent;
  /** Each move of a job the viewer may read: a client its own customer's (allowed properties only), an employee its assigned jobs, the office every job; narrowed by `jobId`, `propertyId` or `customerId`. Moves of one job arrive in the order they happened. With `jobId`, the first message is the job's current state (`snapshot: true`). Without it, reload on (re)connect, or catch up from the last event's `cursor` with `jobEvents(after:)`. A connection that stops reading is closed with code 4008. */
  jobStatusChanged: JobStatusEvent;
  /** The signed-in user's new notifications (e.g. a job finished). On (re)connect, read `notifications(unreadOnly: true)` for those sent meanwhile. */
  notificationReceived: Notification;
};


/** Live updates, over the WebSocket (graphql-transport-ws) at /graphql. */
export type SubscriptionJobProofChangedArgs = {
  jobId: Scalars['ID']['input'];
};


/** Live updates, over the WebSocket (graphql-transport-ws) at /graphql. */
export type SubscriptionJobStatusChangedArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  jobId?: InputMaybe<Scalars['ID']['input']>;
  propertyId?: InputMaybe<Scalars['ID']['input']>;
};

/** A label the office puts on customers. Office only. */
export type Tag = Node & {
  __typename?: 'Tag';
  /** A CSS colour for the label. */
  color?: Maybe<Scalars['String']['output']>;
  /** How many customers carry it (merged ones included). */
  customerCount: Scalars['Int']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The label. */
  name: Scalars['String']['output'];
};

/** The tag to delete. */
export type TagDeleteInput = {
  /** The tag. */
  tagId: Scalars['ID']['input'];
};

/** The result of tagDelete. */
export type TagDeletePayload = MutationPayload & {
  __typename?: 'TagDeletePayload';
  /** The id of the deleted tag; null when nothing was deleted. */
  deletedTagId?: Maybe<Scalars['ID']['output']>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A tag's new name, and optionally its colour. */
export type TagRenameInput = {
  /** A new colour as #rrggbb; null removes it; left out keeps it. */
  color?: InputMaybe<Scalars['String']['input']>;
  /** The new name (trimmed; at most 50 characters). */
  name: Scalars['String']['input'];
  /** The tag. */
  tagId: Scalars['ID']['input'];
};

/** The result of tagRename. */
export type TagRenamePayload = MutationPayload & {
  __typename?: 'TagRenamePayload';
  /** The tag as saved; null when nothing was saved. */
  tag?: Maybe<Tag>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** A crew of employees. */
export type Team = Node & {
  __typename?: 'Team';
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Who is on the team. */
  members: Array<Employee>;
  /** The team's name. */
  name: Scalars['String']['output'];
  /** Clients' stars on the jobs the team was sent to (average and count); null before any review. Office only (OWNER, OFFICE): null for everyone else. */
  rating?: Maybe<Rating>;
};

/** A new team. */
export type TeamCreateInput = {
  /** Its employees (active ones). */
  memberIds?: Array<Scalars['ID']['input']>;
  /** The team's name, unique ignoring case. */
  name: Scalars['String']['input'];
};

/** The result of creating or changing a team. */
export type TeamPayload = MutationPayload & {
  __typename?: 'TeamPayload';
  /** The team as saved; null when nothing was saved. */
  team?: Maybe<Team>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Changes to a team: leave a field out to keep it. */
export type TeamUpdateInput = {
  /** The team to change. */
  id: Scalars['ID']['input'];
  /** The whole new list of members ([] for nobody). */
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A new name (not blank). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A payment (or attempt): amount, method, status and where it was applied. */
export type Transaction = Node & {
  __typename?: 'Transaction';
  /** Where the money went, invoice by invoice. */
  allocations: Array<Allocation>;
  /** The amount received. */
  amount: Money;
  /** The batch it paid, if it paid one. */
  batch?: Maybe<Batch>;
  /** The client's requests to correct this transaction, newest first. */
  correctionRequests: Array<CorrectionRequest>;
  /** Who paid. */
  customer?: Maybe<Customer>;
  /** The payment processor's id (Stripe). */
  externalId?: Maybe<Scalars['String']['output']>;
  /** The processing fee charged with it (card fee, ACH fee). */
  fee: Money;
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** Card, ACH, cash, check, bank transfer or Zelle. */
  method: PaymentMethod;
  /** A note on the payment. */
  note?: Maybe<Scalars['String']['output']>;
  /** When it was paid (UTC). */
  occurredAt: Scalars['DateTime']['output'];
  /** A link to a PDF receipt of this payment, signed for it and valid for one hour (works without a cookie, e.g. for an integration). */
  receiptUrl: Scalars['String']['output'];
  /** Check number, transfer reference or similar. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Whether the client reported it (awaiting approval). */
  reportedByClient: Scalars['Boolean']['output'];
  /** Completed, Pending, To Approval, Failed, Refunded. */
  status: TransactionStatus;
};

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type TransactionConnection = {
  __typename?: 'TransactionConnection';
  /** The rows with their cursors. */
  edges: Array<TransactionEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<Transaction>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** A row of a connection and its cursor. */
export type TransactionEdge = {
  __typename?: 'TransactionEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Transaction;
};

/** Where a payment stands. */
export type TransactionStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'REFUNDED'
  | 'TO_APPROVAL';

/** Someone who signs in: staff (owner, office, employee) or a customer's portal user. */
export type User = Node & {
  __typename?: 'User';
  /** Whether the user may sign in (the office disables users). */
  active: Scalars['Boolean']['output'];
  /** When the user was created (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** For customer users: the customer they belong to. */
  customer?: Maybe<Customer>;
  /** Where sign-in codes are sent. Staff and the user themself only: null for everyone else. */
  email?: Maybe<Scalars['String']['output']>;
  /** For employee users: the employee they sign in as. */
  employee?: Maybe<Employee>;
  /** Wrong codes since the last successful sign-in (the account locks at 100). Office only (OWNER, OFFICE): null for everyone else. */
  failedSignIns?: Maybe<Scalars['Int']['output']>;
  /** For customer users: whether they see money (invoices, batches, payments, prices). */
  finances: Scalars['Boolean']['output'];
  /** The Globally Unique ID of this object */
  id: Scalars['ID']['output'];
  /** The last successful sign-in. Office only (OWNER, OFFICE): null for everyone else. */
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether too many wrong codes locked the account until the office unlocks it. Office only (OWNER, OFFICE): null for everyone else. */
  locked?: Maybe<Scalars['Boolean']['output']>;
  /** When too many wrong codes locked the account (null: not locked). Office only (OWNER, OFFICE): null for everyone else. */
  lockedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The person's name, for greetings and lists. */
  name?: Maybe<Scalars['String']['output']>;
  /** For customer users: the properties they are limited to; null means all of their customer's. */
  properties?: Maybe<Array<Property>>;
  /** What the user is to the company. */
  role: Role;
  /** The sign-in name (unique, case-insensitive). */
  username: Scalars['String']['output'];
};

/** A page of a list that can grow: `first`/`after` to page, `totalCount` for all. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The rows with their cursors. */
  edges: Array<UserEdge>;
  /** The rows alone (one level shallower than edges). */
  nodes: Array<User>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many rows the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** A row of a connection and its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque position of this row; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: User;
};

/** An expected failure: which input field, a code, and what to fix. */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable reason. */
  code: UserErrorCode;
  /** Path to the input field at fault, if one is: always starts with "input". */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong and how to fix it, for a person. */
  message: Scalars['String']['output'];
};

/** Why a mutation did not do what was asked. */
export type UserErrorCode =
  | 'CONFLICT'
  | 'DUPLICATE_CANDIDATES'
  | 'DUPLICATE_REFERENCE'
  | 'HAS_HISTORY'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID'
  | 'NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'REQUIRED';

/** Which users to list. */
export type UserFilter = {
  /** Only enabled (true) or disabled (false) users. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this customer's users. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these roles (CUSTOMER: portal users; OWNER, OFFICE, EMPLOYEE: staff). */
  roles?: InputMaybe<Array<Role>>;
  /** A piece of the username, name, e-mail or the customer's name (any case). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Enable or disable a user. */
export type UserSetActiveInput = {
  /** False signs the user out everywhere at once and stops sign-ins. */
  active: Scalars['Boolean']['input'];
  /** The user. */
  userId: Scalars['ID']['input'];
};

/** The result of userSetActive. */
export type UserSetActivePayload = MutationPayload & {
  __typename?: 'UserSetActivePayload';
  /** The user as it now is. */
  user?: Maybe<User>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** What a customer user may see. */
export type UserSetScopeInput = {
  /** Whether the user sees money (invoices, batches, payments). */
  finances: Scalars['Boolean']['input'];
  /** Limit the user to these properties of its customer; null or empty: all of them. */
  propertyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A customer user. */
  userId: Scalars['ID']['input'];
};

/** The result of userSetScope. */
export type UserSetScopePayload = MutationPayload & {
  __typename?: 'UserSetScopePayload';
  /** The user as it now is. */
  user?: Maybe<User>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Unlock an account locked by too many wrong codes. */
export type UserUnlockInput = {
  /** The user. */
  userId: Scalars['ID']['input'];
};

/** The result of userUnlock. */
export type UserUnlockPayload = MutationPayload & {
  __typename?: 'UserUnlockPayload';
  /** The user as it now is. */
  user?: Maybe<User>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Change a user's e-mail or name. */
export type UserUpdateInput = {
  /** A new e-mail address (omit: unchanged). Signs the user out everywhere. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** A new name (omit: unchanged; empty: none). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The user. */
  userId: Scalars['ID']['input'];
};

/** The result of userUpdate. */
export type UserUpdatePayload = MutationPayload & {
  __typename?: 'UserUpdatePayload';
  /** The user as it now is. */
  user?: Maybe<User>;
  /** What to fix; empty when it worked. */
  userErrors: Array<UserError>;
};

/** Who is asking: a signed-in user, an API token, or nobody. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Whether the viewer is an API token rather than a person. */
  apiToken: Scalars['Boolean']['output'];
  /** Whether the request carries a valid session or token. */
  authenticated: Scalars['Boolean']['output'];
  /** For customer users and API tokens: the customer they act for. */
  customer?: Maybe<Customer>;
  /** Whether the viewer sees money. */
  finances: Scalars['Boolean']['output'];
  /** The properties the viewer is limited to; null means no such limit. */
  properties?: Maybe<Array<Property>>;
  /** The viewer's role (CUSTOMER for API tokens); null if anonymous. */
  role?: Maybe<Role>;
  /** The signed-in user; null when anonymous or calling with an API token. */
  user?: Maybe<User>;
};

/** A day of the week. */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: { __typename?: 'SignOutPayload', userErrors: Array<{ __typename?: 'UserError', message: string }> } };

export type CorrectionRequestCreateMutationVariables = Exact<{
  input: CorrectionRequestCreateInput;
}>;


export type CorrectionRequestCreateMutation = { __typename?: 'Mutation', correctionRequestCreate: { __typename?: 'CorrectionRequestPayload', correctionRequest?: { __typename?: 'CorrectionRequest', id: string, status: CorrectionStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type JobReviewMutationVariables = Exact<{
  input: JobReviewInput;
}>;


export type JobReviewMutation = { __typename?: 'Mutation', jobReview: { __typename?: 'JobReviewPayload', job?: { __typename?: 'Job', id: string, review?: { __typename?: 'JobReview', rating: number, comment?: string | null, problem: boolean, changedAt: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type NotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', unread: { __typename?: 'NotificationConnection', totalCount: number }, notifications: { __typename?: 'NotificationConnection', totalCount: number, nodes: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body?: string | null, createdAt: string, readAt?: string | null, subject?: { __typename: 'Activity', id: string } | { __typename: 'Allocation', id: string } | { __typename: 'ApiToken', id: string } | { __typename: 'Batch', id: string } | { __typename: 'ChecklistItem', id: string } | { __typename: 'Contact', id: string } | { __typename: 'CorrectionRequest', id: string } | { __typename: 'Customer', id: string } | { __typename: 'Employee', id: string } | { __typename: 'File', id: string } | { __typename: 'Invoice', id: string } | { __typename: 'InvoiceLine', id: string } | { __typename: 'Job', id: string } | { __typename: 'JobLine', id: string } | { __typename: 'JobReview', id: string } | { __typename: 'JobStatusChange', id: string } | { __typename: 'Note', id: string } | { __typename: 'Notice', id: string } | { __typename: 'Property', id: string } | { __typename: 'RecurringPlan', id: string } | { __typename: 'Reminder', id: string } | { __typename: 'SavedPaymentMethod', id: string } | { __typename: 'Service', id: string } | { __typename: 'Tag', id: string } | { __typename: 'Team', id: string } | { __typename: 'Transaction', id: string } | { __typename: 'User', id: string } | null }> } };

export type NotificationReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationReceivedSubscription = { __typename?: 'Subscription', notificationReceived: { __typename?: 'Notification', id: string, title: string } };

export type NotificationMarkReadMutationVariables = Exact<{
  input: NotificationMarkReadInput;
}>;


export type NotificationMarkReadMutation = { __typename?: 'Mutation', notificationMarkRead: { __typename?: 'NotificationMarkReadPayload', notifications: Array<{ __typename?: 'Notification', id: string, readAt?: string | null }>, userErrors: Array<{ __typename?: 'UserError', message: string }> } };

export type PaymentSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentSettingsQuery = { __typename?: 'Query', paymentSettings: { __typename?: 'PaymentSettings', onlinePaymentConfigured: boolean, methods: Array<OnlinePaymentMethod>, cardFeePercent?: string | null, achFeePercent?: string | null, cardFeeFixed?: { __typename?: 'Money', amount: string, currency: string } | null, achFeeFixed?: { __typename?: 'Money', amount: string, currency: string } | null } };

export type CheckoutSessionCreateMutationVariables = Exact<{
  input: CheckoutSessionCreateInput;
}>;


export type CheckoutSessionCreateMutation = { __typename?: 'Mutation', checkoutSessionCreate: { __typename?: 'CheckoutSessionCreatePayload', checkoutSession?: { __typename?: 'CheckoutSession', url: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type PaymentReportMutationVariables = Exact<{
  input: PaymentReportInput;
}>;


export type PaymentReportMutation = { __typename?: 'Mutation', paymentReport: { __typename?: 'PaymentTransactionPayload', transaction?: { __typename?: 'Transaction', id: string, status: TransactionStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type PropertyOptionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PropertyOptionsQuery = { __typename?: 'Query', properties: { __typename?: 'PropertyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Property', id: string, name: string }> } };

export type OfficePropertyPickerQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficePropertyPickerQuery = { __typename?: 'Query', properties: { __typename?: 'PropertyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Property', id: string, name: string, active: boolean, address: { __typename?: 'Address', line1?: string | null, city?: string | null, postalCode?: string | null } }> } };

export type JobProofChangedSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
}>;


export type JobProofChangedSubscription = { __typename?: 'Subscription', jobProofChanged: { __typename?: 'JobProofEvent', snapshot: boolean, change?: ProofChange | null, job?: { __typename?: 'Job', id: string, checklist: Array<{ __typename?: 'ChecklistItem', id: string, label: string, required: boolean, done: boolean }>, files: Array<{ __typename?: 'File', id: string, kind: FileKind, filename: string, contentType: string, url: string, thumbnailUrl?: string | null, createdAt: string }> } | null } };

export type JobStatusChangedSubscriptionVariables = Exact<{
  jobId?: InputMaybe<Scalars['ID']['input']>;
  propertyId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type JobStatusChangedSubscription = { __typename?: 'Subscription', jobStatusChanged: { __typename?: 'JobStatusEvent', snapshot: boolean, cursor?: string | null, status: JobStatus, previousStatus?: JobStatus | null, changedAt?: string | null, job?: { __typename?: 'Job', id: string, status: JobStatus, startedAt?: string | null, finishedAt?: string | null, property?: { __typename?: 'Property', id: string } | null } | null } };

export type JobEventsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type JobEventsQuery = { __typename?: 'Query', jobEvents: { __typename?: 'JobStatusEventConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'JobStatusEvent', snapshot: boolean, cursor?: string | null, status: JobStatus, previousStatus?: JobStatus | null, changedAt?: string | null, job?: { __typename?: 'Job', id: string, status: JobStatus, startedAt?: string | null, finishedAt?: string | null, property?: { __typename?: 'Property', id: string } | null } | null }> } };

export type RequestLoginCodeMutationVariables = Exact<{
  input: RequestLoginCodeInput;
}>;


export type RequestLoginCodeMutation = { __typename?: 'Mutation', requestLoginCode: { __typename?: 'RequestLoginCodePayload', message?: string | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInPayload', user?: { __typename?: 'User', id: string, role: Role } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type BatchDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BatchDetailQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch', id: string, number: number, status: BatchStatus, issuedOn?: string | null, notes?: string | null, pdfUrl: string, subtotal: { __typename?: 'Money', amount: string, currency: string }, tax: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string }, amountPaid: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string, cents: number }, pendingAmount: { __typename?: 'Money', amount: string, currency: string, cents: number }, invoices: Array<{ __typename?: 'Invoice', id: string, displayNumber: string, issuedOn?: string | null, status: InvoiceStatus, property?: { __typename?: 'Property', name: string } | null, total: { __typename?: 'Money', amount: string, currency: string } }>, transactions: Array<{ __typename?: 'Transaction', id: string, method: PaymentMethod, status: TransactionStatus, occurredAt: string, amount: { __typename?: 'Money', amount: string, currency: string } }> } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type BatchesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BatchesQuery = { __typename?: 'Query', batches: { __typename?: 'BatchConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Batch', id: string, number: number, status: BatchStatus, issuedOn?: string | null, invoices: Array<{ __typename?: 'Invoice', id: string }>, total: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, pendingAmount: { __typename?: 'Money', amount: string, currency: string, cents: number } }> } };

export type ClientDashboardQueryVariables = Exact<{
  finances: Scalars['Boolean']['input'];
}>;


export type ClientDashboardQuery = { __typename?: 'Query', dashboard?: { __typename?: 'Dashboard', completedJobs: number, pendingJobs: number, totalRevenue?: { __typename?: 'Money', amount: string, currency: string } | null, amountPaid?: { __typename?: 'Money', amount: string, currency: string } | null, openBalance?: { __typename?: 'Money', amount: string, currency: string, cents: number } | null, revenueByMonth?: Array<{ __typename?: 'MonthlyRevenue', month: string, revenue: { __typename?: 'Money', amount: string, currency: string } }> | null } | null, upcoming: { __typename?: 'JobConnection', nodes: Array<{ __typename?: 'Job', id: string, status: JobStatus, scheduledStart: string, property?: { __typename?: 'Property', id: string, name: string } | null }> } };

export type InvoiceDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceDetailQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice', id: string, displayNumber: string, status: InvoiceStatus, issuedOn?: string | null, dueOn?: string | null, taxRate: string, notes?: string | null, pdfUrl: string, customer?: { __typename?: 'Customer', id: string, displayName: string, billingName?: string | null } | null, property?: { __typename?: 'Property', id: string, name: string } | null, lines: Array<{ __typename?: 'InvoiceLine', id: string, description: string, quantity: string, taxable: boolean, unitPrice: { __typename?: 'Money', amount: string, currency: string }, amount: { __typename?: 'Money', amount: string, currency: string } }>, jobs: Array<{ __typename?: 'Job', id: string, scheduledStart: string, property?: { __typename?: 'Property', name: string } | null }>, subtotal: { __typename?: 'Money', amount: string, currency: string }, tax: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string }, amountPaid: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string, cents: number }, pendingAmount: { __typename?: 'Money', amount: string, currency: string, cents: number }, transactions: Array<{ __typename?: 'Transaction', id: string, method: PaymentMethod, status: TransactionStatus, occurredAt: string, amount: { __typename?: 'Money', amount: string, currency: string } }>, batch?: { __typename?: 'Batch', id: string, number: number } | null, correctionRequests: Array<{ __typename?: 'CorrectionRequest', id: string, status: CorrectionStatus, message: string, answer?: string | null, createdAt: string }> } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type InvoicesQueryVariables = Exact<{
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Invoice', id: string, displayNumber: string, status: InvoiceStatus, issuedOn?: string | null, dueOn?: string | null, property?: { __typename?: 'Property', id: string, name: string } | null, jobs: Array<{ __typename?: 'Job', id: string, scheduledStart: string }>, total: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string } }> } };

export type JobDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  finances: Scalars['Boolean']['input'];
}>;


export type JobDetailQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job', id: string, status: JobStatus, scheduledStart: string, scheduledEnd?: string | null, startedAt?: string | null, finishedAt?: string | null, clientNotes?: string | null, reviewClosesAt?: string | null, property?: { __typename?: 'Property', id: string, name: string, type: PropertyType, accessNotes?: string | null, description?: string | null, address: { __typename?: 'Address', line1?: string | null, line2?: string | null, city?: string | null, region?: string | null, postalCode?: string | null } } | null, services: Array<{ __typename?: 'JobLine', id: string, description: string, quantity: string, amount?: { __typename?: 'Money', amount: string, currency: string } | null }>, team?: { __typename?: 'Team', id: string, name: string } | null, employees: Array<{ __typename?: 'Employee', id: string, name: string }>, checklist: Array<{ __typename?: 'ChecklistItem', id: string, label: string, required: boolean, done: boolean }>, statusHistory: Array<{ __typename?: 'JobStatusChange', id: string, toStatus: JobStatus, changedAt: string }>, files: Array<{ __typename?: 'File', id: string, kind: FileKind, filename: string, contentType: string, url: string, thumbnailUrl?: string | null, createdAt: string }>, total?: { __typename?: 'Money', amount: string, currency: string } | null, invoice?: { __typename?: 'Invoice', id: string, displayNumber: string, issuedOn?: string | null, status: InvoiceStatus } | null, review?: { __typename?: 'JobReview', rating: number, comment?: string | null, problem: boolean, changedAt: string } | null } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type JobsQueryVariables = Exact<{
  filter?: InputMaybe<JobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  finances: Scalars['Boolean']['input'];
}>;


export type JobsQuery = { __typename?: 'Query', jobs: { __typename?: 'JobConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Job', id: string, status: JobStatus, scheduledStart: string, clientNotes?: string | null, property?: { __typename?: 'Property', id: string, name: string } | null, services: Array<{ __typename?: 'JobLine', id: string, description: string }>, team?: { __typename?: 'Team', id: string, name: string } | null, employees: Array<{ __typename?: 'Employee', id: string, name: string }>, files: Array<{ __typename?: 'File', id: string }>, total?: { __typename?: 'Money', amount: string, currency: string } | null }> } };

export type PaymentMethodsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PaymentMethodsQuery = { __typename?: 'Query', paymentSettings: { __typename?: 'PaymentSettings', onlinePaymentConfigured: boolean }, node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, paymentMethods?: Array<{ __typename?: 'SavedPaymentMethod', id: string, kind: SavedMethodKind, brand?: string | null, last4: string, expMonth?: number | null, expYear?: number | null, isDefault: boolean, label: string, savedAt: string }> | null, autopay?: { __typename?: 'Autopay', enabled: boolean, consentText?: string | null, changedAt?: string | null, changedByName?: string | null } | null } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type PaymentMethodSetupCreateMutationVariables = Exact<{
  input: PaymentMethodSetupCreateInput;
}>;


export type PaymentMethodSetupCreateMutation = { __typename?: 'Mutation', paymentMethodSetupCreate: { __typename?: 'PaymentMethodSetupCreatePayload', setup?: { __typename?: 'PaymentMethodSetup', url: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type PaymentMethodSetDefaultMutationVariables = Exact<{
  input: PaymentMethodSetDefaultInput;
}>;


export type PaymentMethodSetDefaultMutation = { __typename?: 'Mutation', paymentMethodSetDefault: { __typename?: 'PaymentMethodSetDefaultPayload', paymentMethod?: { __typename?: 'SavedPaymentMethod', id: string, isDefault: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type PaymentMethodRemoveMutationVariables = Exact<{
  input: PaymentMethodRemoveInput;
}>;


export type PaymentMethodRemoveMutation = { __typename?: 'Mutation', paymentMethodRemove: { __typename?: 'PaymentMethodRemovePayload', customer?: { __typename?: 'Customer', id: string, paymentMethods?: Array<{ __typename?: 'SavedPaymentMethod', id: string, isDefault: boolean }> | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AutopaySetMutationVariables = Exact<{
  input: AutopaySetInput;
}>;


export type AutopaySetMutation = { __typename?: 'Mutation', autopaySet: { __typename?: 'AutopaySetPayload', customer?: { __typename?: 'Customer', id: string, autopay?: { __typename?: 'Autopay', enabled: boolean } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type PropertiesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PropertiesQuery = { __typename?: 'Query', properties: { __typename?: 'PropertyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Property', id: string, name: string, type: PropertyType, active: boolean, address: { __typename?: 'Address', line1?: string | null, city?: string | null }, jobs: { __typename?: 'JobConnection', totalCount: number } }> } };

export type PropertyDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  finances: Scalars['Boolean']['input'];
}>;


export type PropertyDetailQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property', id: string, name: string, type: PropertyType, accessNotes?: string | null, description?: string | null, active: boolean, address: { __typename?: 'Address', line1?: string | null, line2?: string | null, city?: string | null, region?: string | null, postalCode?: string | null }, jobs: { __typename?: 'JobConnection', totalCount: number, nodes: Array<{ __typename?: 'Job', id: string, status: JobStatus, scheduledStart: string, services: Array<{ __typename?: 'JobLine', id: string, description: string }> }> }, invoices?: { __typename?: 'InvoiceConnection', totalCount: number, nodes: Array<{ __typename?: 'Invoice', id: string, displayNumber: string, issuedOn?: string | null, status: InvoiceStatus, total: { __typename?: 'Money', amount: string, currency: string } }> }, files: { __typename?: 'FileConnection', totalCount: number, nodes: Array<{ __typename?: 'File', id: string, kind: FileKind, filename: string, contentType: string, url: string, thumbnailUrl?: string | null, createdAt: string }> } } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type PropertyFilesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PropertyFilesQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property', id: string, files: { __typename?: 'FileConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'File', id: string, kind: FileKind, filename: string, contentType: string, url: string, thumbnailUrl?: string | null, createdAt: string }> } } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type TransactionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TransactionsQuery = { __typename?: 'Query', transactions: { __typename?: 'TransactionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Transaction', id: string, method: PaymentMethod, status: TransactionStatus, occurredAt: string, reference?: string | null, reportedByClient: boolean, receiptUrl: string, amount: { __typename?: 'Money', amount: string, currency: string }, fee: { __typename?: 'Money', amount: string, currency: string, cents: number }, allocations: Array<{ __typename?: 'Allocation', id: string, invoice?: { __typename?: 'Invoice', id: string, displayNumber: string } | null }>, correctionRequests: Array<{ __typename?: 'CorrectionRequest', id: string, status: CorrectionStatus, message: string, answer?: string | null, createdAt: string }> }> } };

export type ChecklistItemSetDoneMutationVariables = Exact<{
  input: ChecklistItemSetDoneInput;
}>;


export type ChecklistItemSetDoneMutation = { __typename?: 'Mutation', checklistItemSetDone: { __typename?: 'ChecklistItemPayload', checklistItem?: { __typename?: 'ChecklistItem', id: string, done: boolean, doneAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type FieldJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FieldJobQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job', id: string, status: JobStatus, scheduledStart: string, scheduledEnd?: string | null, clientNotes?: string | null, internalNotes?: string | null, property?: { __typename?: 'Property', id: string, name: string, accessNotes?: string | null, description?: string | null, address: { __typename?: 'Address', line1?: string | null, line2?: string | null, city?: string | null, region?: string | null, postalCode?: string | null } } | null, services: Array<{ __typename?: 'JobLine', id: string, description: string, quantity: string }>, employees: Array<{ __typename?: 'Employee', id: string, name: string }>, checklist: Array<{ __typename?: 'ChecklistItem', id: string, label: string, required: boolean, done: boolean }>, files: Array<{ __typename?: 'File', id: string, kind: FileKind, filename: string, contentType: string, url: string, thumbnailUrl?: string | null, createdAt: string }> } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type FileUploadMutationVariables = Exact<{
  input: FileUploadInput;
}>;


export type FileUploadMutation = { __typename?: 'Mutation', fileUpload: { __typename?: 'FilePayload', file?: { __typename?: 'File', id: string, kind: FileKind, filename: string, url: string, thumbnailUrl?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type FieldSetStatusMutationVariables = Exact<{
  input: JobSetStatusInput;
}>;


export type FieldSetStatusMutation = { __typename?: 'Mutation', jobSetStatus: { __typename?: 'JobSetStatusPayload', job?: { __typename?: 'Job', id: string, status: JobStatus, startedAt?: string | null, finishedAt?: string | null, statusHistory: Array<{ __typename?: 'JobStatusChange', id: string, toStatus: JobStatus, changedAt: string }> } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type FieldTodayQueryVariables = Exact<{
  filter: JobFilter;
}>;


export type FieldTodayQuery = { __typename?: 'Query', jobs: { __typename?: 'JobConnection', nodes: Array<{ __typename?: 'Job', id: string, status: JobStatus, scheduledStart: string, scheduledEnd?: string | null, clientNotes?: string | null, property?: { __typename?: 'Property', id: string, name: string, accessNotes?: string | null, address: { __typename?: 'Address', line1?: string | null, line2?: string | null, city?: string | null, region?: string | null, postalCode?: string | null } } | null, services: Array<{ __typename?: 'JobLine', id: string, description: string }>, checklist: Array<{ __typename?: 'ChecklistItem', id: string, label: string, required: boolean, done: boolean }> }> } };

export type FieldJobChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FieldJobChangedSubscription = { __typename?: 'Subscription', jobChanged: { __typename?: 'JobChangedEvent', jobId: string, fields: Array<JobChangedField>, job?: { __typename?: 'Job', id: string } | null } };

export type AccessApiTokensQueryVariables = Exact<{
  filter?: InputMaybe<ApiTokenFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccessApiTokensQuery = { __typename?: 'Query', apiTokens: { __typename?: 'ApiTokenConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'ApiToken', id: string, name: string, prefix: string, finances: boolean, active: boolean, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, properties?: Array<{ __typename?: 'Property', id: string, name: string }> | null }> } };

export type AccessApiTokenCreateMutationVariables = Exact<{
  input: ApiTokenCreateInput;
}>;


export type AccessApiTokenCreateMutation = { __typename?: 'Mutation', apiTokenCreate: { __typename?: 'ApiTokenCreatePayload', token?: string | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, apiToken?: { __typename?: 'ApiToken', id: string, name: string, prefix: string, customer?: { __typename?: 'Customer', id: string, displayName: string } | null } | null } };

export type AccessApiTokenRevokeMutationVariables = Exact<{
  input: ApiTokenRevokeInput;
}>;


export type AccessApiTokenRevokeMutation = { __typename?: 'Mutation', apiTokenRevoke: { __typename?: 'ApiTokenRevokePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, apiToken?: { __typename?: 'ApiToken', id: string, active: boolean, revokedAt?: string | null } | null } };

export type AccessPortalUsersQueryVariables = Exact<{
  filter?: InputMaybe<UserFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccessPortalUsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'User', id: string, username: string, name?: string | null, email?: string | null, role: Role, active: boolean, finances: boolean, locked?: boolean | null, lastSignInAt?: string | null, createdAt: string, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, properties?: Array<{ __typename?: 'Property', id: string, name: string }> | null }> } };

export type AccessCustomerNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessCustomerNameQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, displayName: string } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type AccessPortalUserCreateMutationVariables = Exact<{
  input: PortalUserCreateInput;
}>;


export type AccessPortalUserCreateMutation = { __typename?: 'Mutation', portalUserCreate: { __typename?: 'PortalUserCreatePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, user?: { __typename?: 'User', id: string, username: string, email?: string | null, customer?: { __typename?: 'Customer', id: string, displayName: string } | null } | null } };

export type AccessUserSetScopeMutationVariables = Exact<{
  input: UserSetScopeInput;
}>;


export type AccessUserSetScopeMutation = { __typename?: 'Mutation', userSetScope: { __typename?: 'UserSetScopePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, user?: { __typename?: 'User', id: string, finances: boolean, properties?: Array<{ __typename?: 'Property', id: string, name: string }> | null } | null } };

export type AccessUserSetActiveMutationVariables = Exact<{
  input: UserSetActiveInput;
}>;


export type AccessUserSetActiveMutation = { __typename?: 'Mutation', userSetActive: { __typename?: 'UserSetActivePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, user?: { __typename?: 'User', id: string, active: boolean, locked?: boolean | null } | null } };

export type AccessUserUnlockMutationVariables = Exact<{
  input: UserUnlockInput;
}>;


export type AccessUserUnlockMutation = { __typename?: 'Mutation', userUnlock: { __typename?: 'UserUnlockPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, user?: { __typename?: 'User', id: string, active: boolean, locked?: boolean | null, failedSignIns?: number | null } | null } };

export type AccessStaffUsersQueryVariables = Exact<{
  filter?: InputMaybe<UserFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccessStaffUsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'User', id: string, username: string, name?: string | null, email?: string | null, role: Role, active: boolean, finances: boolean, locked?: boolean | null, lastSignInAt?: string | null, employee?: { __typename?: 'Employee', id: string, name: string } | null }> } };

export type AccessEmployeesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessEmployeesQuery = { __typename?: 'Query', employees: Array<{ __typename?: 'Employee', id: string, name: string, active: boolean, user?: { __typename?: 'User', id: string } | null }> };

export type AccessStaffUserCreateMutationVariables = Exact<{
  input: StaffUserCreateInput;
}>;


export type AccessStaffUserCreateMutation = { __typename?: 'Mutation', staffUserCreate: { __typename?: 'StaffUserCreatePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, user?: { __typename?: 'User', id: string, username: string, role: Role } | null } };

export type AccessCustomerSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccessCustomerSearchQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, nodes: Array<{ __typename?: 'Customer', id: string, displayName: string, kind: CustomerKind }> } };

export type AccessCustomerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessCustomerQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, displayName: string, kind: CustomerKind } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type AccessPropertiesQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccessPropertiesQuery = { __typename?: 'Query', properties: { __typename?: 'PropertyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Property', id: string, name: string }> } };

export type AccessPropertyCountQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
}>;


export type AccessPropertyCountQuery = { __typename?: 'Query', properties: { __typename?: 'PropertyConnection', totalCount: number } };

export type BillingApprovalsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BillingApprovalsQuery = { __typename?: 'Query', transactions: { __typename?: 'TransactionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Transaction', id: string, method: PaymentMethod, occurredAt: string, reference?: string | null, note?: string | null, amount: { __typename?: 'Money', amount: string, currency: string }, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, batch?: { __typename?: 'Batch', id: string, number: number } | null, allocations: Array<{ __typename?: 'Allocation', id: string, amount: { __typename?: 'Money', amount: string, currency: string }, invoice?: { __typename?: 'Invoice', id: string, displayNumber: string } | null }> }> } };

export type OfficeBatchQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficeBatchQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch', id: string, number: number, status: BatchStatus, issuedOn?: string | null, notes?: string | null, pdfUrl: string, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, subtotal: { __typename?: 'Money', amount: string, currency: string }, tax: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string }, amountPaid: { __typename?: 'Money', amount: string, currency: string }, pendingAmount: { __typename?: 'Money', amount: string, currency: string, cents: number }, balance: { __typename?: 'Money', amount: string, currency: string, cents: number }, invoices: Array<{ __typename?: 'Invoice', id: string, displayNumber: string, status: InvoiceStatus, issuedOn?: string | null, property?: { __typename?: 'Property', id: string, name: string } | null, total: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string } }>, transactions: Array<{ __typename?: 'Transaction', id: string, method: PaymentMethod, status: TransactionStatus, occurredAt: string, reference?: string | null, amount: { __typename?: 'Money', amount: string, currency: string } }> } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type BillingCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingCountsQuery = { __typename?: 'Query', toInvoice: { __typename?: 'JobConnection', totalCount: number }, toApprove: { __typename?: 'TransactionConnection', totalCount: number }, corrections: { __typename?: 'CorrectionRequestConnection', totalCount: number }, overdue: { __typename?: 'CustomerConnection', totalCount: number }, drafts: { __typename?: 'InvoiceConnection', totalCount: number } };

export type BillingCorrectionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BillingCorrectionsQuery = { __typename?: 'Query', correctionRequests: { __typename?: 'CorrectionRequestConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'CorrectionRequest', id: string, message: string, createdAt: string, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, invoice?: { __typename?: 'Invoice', id: string, displayNumber: string, status: InvoiceStatus, total: { __typename?: 'Money', amount: string, currency: string, cents: number } } | null, transaction?: { __typename?: 'Transaction', id: string, occurredAt: string, amount: { __typename?: 'Money', amount: string, currency: string }, allocations: Array<{ __typename?: 'Allocation', id: string, invoice?: { __typename?: 'Invoice', id: string, displayNumber: string } | null }> } | null }> } };

export type BillingPickCustomerQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type BillingPickCustomerQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, nodes: Array<{ __typename?: 'Customer', id: string, displayName: string, billingName?: string | null }> } };

export type OfficeInvoicesQueryVariables = Exact<{
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficeInvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Invoice', id: string, displayNumber: string, status: InvoiceStatus, issuedOn?: string | null, dueOn?: string | null, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, property?: { __typename?: 'Property', id: string, name: string } | null, total: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string } }> } };

export type OfficeInvoiceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficeInvoiceQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice', id: string, displayNumber: string, status: InvoiceStatus, issuedOn?: string | null, dueOn?: string | null, taxRate: string, notes?: string | null, internalNotes?: string | null, pdfUrl: string, customer?: { __typename?: 'Customer', id: string, displayName: string, billingName?: string | null } | null, property?: { __typename?: 'Property', id: string, name: string } | null, lines: Array<{ __typename?: 'InvoiceLine', id: string, description: string, quantity: string, taxable: boolean, unitPrice: { __typename?: 'Money', amount: string, currency: string }, amount: { __typename?: 'Money', amount: string, currency: string } }>, jobs: Array<{ __typename?: 'Job', id: string, scheduledStart: string, property?: { __typename?: 'Property', name: string } | null }>, subtotal: { __typename?: 'Money', amount: string, currency: string }, tax: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string, cents: number }, amountPaid: { __typename?: 'Money', amount: string, currency: string, cents: number }, balance: { __typename?: 'Money', amount: string, currency: string, cents: number }, pendingAmount: { __typename?: 'Money', amount: string, currency: string, cents: number }, transactions: Array<{ __typename?: 'Transaction', id: string, method: PaymentMethod, status: TransactionStatus, occurredAt: string, reference?: string | null, reportedByClient: boolean, amount: { __typename?: 'Money', amount: string, currency: string } }>, batch?: { __typename?: 'Batch', id: string, number: number } | null, correctsInvoice?: { __typename?: 'Invoice', id: string, displayNumber: string } | null, credits: Array<{ __typename?: 'Invoice', id: string, displayNumber: string, status: InvoiceStatus, total: { __typename?: 'Money', amount: string, currency: string, cents: number } }>, correctionRequests: Array<{ __typename?: 'CorrectionRequest', id: string, status: CorrectionStatus, message: string, answer?: string | null, createdAt: string, answeredAt?: string | null }> } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type BatchCustomerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BatchCustomerQuery = { __typename?: 'Query', customer?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, displayName: string, kind: CustomerKind } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null, open: { __typename?: 'InvoiceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Invoice', id: string, displayNumber: string, issuedOn?: string | null, dueOn?: string | null, property?: { __typename?: 'Property', id: string, name: string } | null, total: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string, cents: number }, batch?: { __typename?: 'Batch', id: string, number: number, status: BatchStatus } | null }> } };

export type JobsToInvoiceQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type JobsToInvoiceQuery = { __typename?: 'Query', nodes: Array<{ __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job', id: string, status: JobStatus, scheduledStart: string, finishedAt?: string | null, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, property?: { __typename?: 'Property', id: string, name: string } | null, services: Array<{ __typename?: 'JobLine', id: string, description: string, quantity: string, taxable: boolean, unitPrice?: { __typename?: 'Money', amount: string, currency: string } | null, amount?: { __typename?: 'Money', amount: string, currency: string } | null }>, total?: { __typename?: 'Money', amount: string, currency: string } | null, invoice?: { __typename?: 'Invoice', id: string, displayNumber: string } | null } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null> };

export type PaymentCustomerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  batch: Scalars['ID']['input'];
  withBatch: Scalars['Boolean']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PaymentCustomerQuery = { __typename?: 'Query', customer?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, displayName: string, aging?: { __typename?: 'AccountHealth', openBalance: { __typename?: 'Money', amount: string, currency: string, cents: number }, credit: { __typename?: 'Money', amount: string, currency: string } } | null } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null, batch?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch', id: string, number: number, status: BatchStatus, balance: { __typename?: 'Money', amount: string, currency: string, cents: number }, customer?: { __typename?: 'Customer', id: string } | null } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null, open: { __typename?: 'InvoiceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Invoice', id: string, displayNumber: string, issuedOn?: string | null, dueOn?: string | null, total: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string, cents: number }, pendingAmount: { __typename?: 'Money', amount: string, currency: string, cents: number } }> } };

export type BillingOverdueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BillingOverdueQuery = { __typename?: 'Query', customersByOverdue: { __typename?: 'CustomerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Customer', id: string, displayName: string, statementUrl?: string | null, aging?: { __typename?: 'AccountHealth', overdue: { __typename?: 'Money', amount: string, currency: string }, days1To30: { __typename?: 'Money', amount: string, currency: string }, days31To60: { __typename?: 'Money', amount: string, currency: string }, days61To90: { __typename?: 'Money', amount: string, currency: string }, over90Days: { __typename?: 'Money', amount: string, currency: string }, openBalance: { __typename?: 'Money', amount: string, currency: string }, lastPayment?: { __typename?: 'Transaction', id: string, occurredAt: string } | null } | null }> } };

export type BillingToInvoiceQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BillingToInvoiceQuery = { __typename?: 'Query', jobs: { __typename?: 'JobConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Job', id: string, scheduledStart: string, finishedAt?: string | null, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, property?: { __typename?: 'Property', id: string, name: string } | null, services: Array<{ __typename?: 'JobLine', id: string, description: string }>, total?: { __typename?: 'Money', amount: string, currency: string } | null }> } };

export type OfficeInvoiceCreateMutationVariables = Exact<{
  input: InvoiceCreateInput;
}>;


export type OfficeInvoiceCreateMutation = { __typename?: 'Mutation', invoiceCreate: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string, displayNumber: string, status: InvoiceStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OfficeInvoiceIssueMutationVariables = Exact<{
  input: InvoiceIssueInput;
}>;


export type OfficeInvoiceIssueMutation = { __typename?: 'Mutation', invoiceIssue: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string, status: InvoiceStatus, issuedOn?: string | null, dueOn?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OfficeInvoiceVoidMutationVariables = Exact<{
  input: InvoiceVoidInput;
}>;


export type OfficeInvoiceVoidMutation = { __typename?: 'Mutation', invoiceVoid: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string, status: InvoiceStatus, balance: { __typename?: 'Money', amount: string, currency: string, cents: number } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OfficeInvoiceMarkBadDebtMutationVariables = Exact<{
  input: InvoiceMarkBadDebtInput;
}>;


export type OfficeInvoiceMarkBadDebtMutation = { __typename?: 'Mutation', invoiceMarkBadDebt: { __typename?: 'InvoicePayload', invoice?: { __typename?: 'Invoice', id: string, status: InvoiceStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OfficeInvoiceCreditMutationVariables = Exact<{
  input: InvoiceCreditInput;
}>;


export type OfficeInvoiceCreditMutation = { __typename?: 'Mutation', invoiceCredit: { __typename?: 'InvoiceCreditPayload', credit?: { __typename?: 'Invoice', id: string, displayNumber: string } | null, invoice?: { __typename?: 'Invoice', id: string, status: InvoiceStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OfficePaymentRecordMutationVariables = Exact<{
  input: PaymentRecordInput;
}>;


export type OfficePaymentRecordMutation = { __typename?: 'Mutation', paymentRecord: { __typename?: 'PaymentRecordPayload', transaction?: { __typename?: 'Transaction', id: string, status: TransactionStatus, amount: { __typename?: 'Money', amount: string, currency: string }, allocations: Array<{ __typename?: 'Allocation', id: string, amount: { __typename?: 'Money', amount: string, currency: string }, invoice?: { __typename?: 'Invoice', id: string, displayNumber: string, status: InvoiceStatus } | null }> } | null, unappliedAmount?: { __typename?: 'Money', amount: string, currency: string, cents: number } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OfficePaymentReviewMutationVariables = Exact<{
  input: PaymentReviewInput;
}>;


export type OfficePaymentReviewMutation = { __typename?: 'Mutation', paymentReview: { __typename?: 'PaymentTransactionPayload', transaction?: { __typename?: 'Transaction', id: string, status: TransactionStatus, note?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OfficeCorrectionAnswerMutationVariables = Exact<{
  input: CorrectionRequestAnswerInput;
}>;


export type OfficeCorrectionAnswerMutation = { __typename?: 'Mutation', correctionRequestAnswer: { __typename?: 'CorrectionRequestPayload', correctionRequest?: { __typename?: 'CorrectionRequest', id: string, status: CorrectionStatus, answer?: string | null, answeredAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OfficeBatchCreateMutationVariables = Exact<{
  input: BatchCreateInput;
}>;


export type OfficeBatchCreateMutation = { __typename?: 'Mutation', batchCreate: { __typename?: 'BatchPayload', batch?: { __typename?: 'Batch', id: string, number: number } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OfficeCustomersQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CustomerStatus>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficeCustomersQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Customer', id: string, displayName: string, billingName?: string | null, kind: CustomerKind, status: CustomerStatus, emails: Array<string>, phones: Array<string>, billingAddress: { __typename?: 'Address', city?: string | null }, tags?: Array<{ __typename?: 'Tag', id: string, name: string }> | null, properties: { __typename?: 'PropertyConnection', totalCount: number, nodes: Array<{ __typename?: 'Property', id: string, address: { __typename?: 'Address', line1?: string | null, city?: string | null } }> } }> } };

export type OfficeCustomerTagsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficeCustomerTagsQuery = { __typename?: 'Query', tags: Array<{ __typename?: 'Tag', id: string, name: string, customerCount: number }> };

export type DuplicateCandidatesQueryVariables = Exact<{
  name?: InputMaybe<Scalars['String']['input']>;
  billingName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
}>;


export type DuplicateCandidatesQuery = { __typename?: 'Query', duplicateCandidates: Array<{ __typename?: 'DuplicateCandidate', exact: boolean, archived: boolean, reasons: Array<DuplicateReason>, matchedEmails: Array<string>, matchedPhones: Array<string>, customer: { __typename?: 'Customer', id: string, displayName: string, billingName?: string | null, emails: Array<string>, phones: Array<string>, billingAddress: { __typename?: 'Address', line1?: string | null, city?: string | null } } }> };

export type CreateCustomerMutationVariables = Exact<{
  input: CustomerCreateInput;
}>;


export type CreateCustomerMutation = { __typename?: 'Mutation', customerCreate: { __typename?: 'CustomerCreatePayload', customer?: { __typename?: 'Customer', id: string, displayName: string } | null, property?: { __typename?: 'Property', id: string, name: string, customer?: { __typename?: 'Customer', id: string } | null } | null, duplicateCandidates: Array<{ __typename?: 'DuplicateCandidate', exact: boolean, archived: boolean, reasons: Array<DuplicateReason>, matchedEmails: Array<string>, matchedPhones: Array<string>, customer: { __typename?: 'Customer', id: string, displayName: string, billingName?: string | null, emails: Array<string>, phones: Array<string>, billingAddress: { __typename?: 'Address', line1?: string | null, city?: string | null } } }>, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type PlansFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansFormOptionsQuery = { __typename?: 'Query', services: Array<{ __typename?: 'Service', id: string, name: string, active: boolean, defaultPrice?: { __typename?: 'Money', amount: string, currency: string } | null }>, teams: Array<{ __typename?: 'Team', id: string, name: string }> };

export type PlansCreateMutationVariables = Exact<{
  input: RecurringPlanCreateInput;
}>;


export type PlansCreateMutation = { __typename?: 'Mutation', recurringPlanCreate: { __typename?: 'RecurringPlanPayload', jobsCreated: number, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, plan?: { __typename?: 'RecurringPlan', id: string } | null } };

export type PlanEditResultFragment = { __typename?: 'RecurringPlanPayload', jobsCreated: number, jobsUpdated: number, jobsCancelled: number, jobsRestored: number, leftAlone: Array<{ __typename?: 'Job', id: string, status: JobStatus, scheduledStart: string, occurrenceDate?: string | null }> };

export type PlansUpdateMutationVariables = Exact<{
  input: RecurringPlanUpdateInput;
}>;


export type PlansUpdateMutation = { __typename?: 'Mutation', recurringPlanUpdate: { __typename?: 'RecurringPlanPayload', jobsCreated: number, jobsUpdated: number, jobsCancelled: number, jobsRestored: number, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, plan?: { __typename?: 'RecurringPlan', id: string, name: string, status: PlanStatus, frequency: PlanFrequency, interval: number, weekdays: Array<Weekday>, monthDay?: number | null, weekOfMonth?: number | null, startTime: any, endTime: any, startDate: string, endDate?: string | null, skippedDates: Array<string>, billing: PlanBilling, property?: { __typename?: 'Property', id: string, name: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, services: Array<{ __typename?: 'PlanService', description: string, quantity: string, service?: { __typename?: 'Service', id: string } | null, unitPrice: { __typename?: 'Money', amount: string, currency: string }, amount: { __typename?: 'Money', amount: string, currency: string } }>, nextOccurrences: Array<{ __typename?: 'PlanOccurrence', date: string, start: string, job?: { __typename?: 'Job', id: string, status: JobStatus } | null }> } | null, leftAlone: Array<{ __typename?: 'Job', id: string, status: JobStatus, scheduledStart: string, occurrenceDate?: string | null }> } };

export type PlansPlanFragment = { __typename?: 'RecurringPlan', id: string, name: string, status: PlanStatus, frequency: PlanFrequency, interval: number, weekdays: Array<Weekday>, monthDay?: number | null, weekOfMonth?: number | null, startTime: any, endTime: any, startDate: string, endDate?: string | null, skippedDates: Array<string>, billing: PlanBilling, property?: { __typename?: 'Property', id: string, name: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, services: Array<{ __typename?: 'PlanService', description: string, quantity: string, service?: { __typename?: 'Service', id: string } | null, unitPrice: { __typename?: 'Money', amount: string, currency: string }, amount: { __typename?: 'Money', amount: string, currency: string } }>, nextOccurrences: Array<{ __typename?: 'PlanOccurrence', date: string, start: string, job?: { __typename?: 'Job', id: string, status: JobStatus } | null }> };

export type OfficeCustomerPlansQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficeCustomerPlansQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, recurringPlans?: { __typename?: 'RecurringPlanConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'RecurringPlan', id: string, name: string, status: PlanStatus, frequency: PlanFrequency, interval: number, weekdays: Array<Weekday>, monthDay?: number | null, weekOfMonth?: number | null, startTime: any, endTime: any, startDate: string, endDate?: string | null, skippedDates: Array<string>, billing: PlanBilling, property?: { __typename?: 'Property', id: string, name: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, services: Array<{ __typename?: 'PlanService', description: string, quantity: string, service?: { __typename?: 'Service', id: string } | null, unitPrice: { __typename?: 'Money', amount: string, currency: string }, amount: { __typename?: 'Money', amount: string, currency: string } }>, nextOccurrences: Array<{ __typename?: 'PlanOccurrence', date: string, start: string, job?: { __typename?: 'Job', id: string, status: JobStatus } | null }> }> } | null } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficePropertyPlansQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficePropertyPlansQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property', id: string, customer?: { __typename?: 'Customer', id: string } | null, recurringPlans?: { __typename?: 'RecurringPlanConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'RecurringPlan', id: string, name: string, status: PlanStatus, frequency: PlanFrequency, interval: number, weekdays: Array<Weekday>, monthDay?: number | null, weekOfMonth?: number | null, startTime: any, endTime: any, startDate: string, endDate?: string | null, skippedDates: Array<string>, billing: PlanBilling, property?: { __typename?: 'Property', id: string, name: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, services: Array<{ __typename?: 'PlanService', description: string, quantity: string, service?: { __typename?: 'Service', id: string } | null, unitPrice: { __typename?: 'Money', amount: string, currency: string }, amount: { __typename?: 'Money', amount: string, currency: string } }>, nextOccurrences: Array<{ __typename?: 'PlanOccurrence', date: string, start: string, job?: { __typename?: 'Job', id: string, status: JobStatus } | null }> }> } | null } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type PlansPauseMutationVariables = Exact<{
  input: RecurringPlanPauseInput;
}>;


export type PlansPauseMutation = { __typename?: 'Mutation', recurringPlanPause: { __typename?: 'RecurringPlanPayload', jobsCancelled: number, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, plan?: { __typename?: 'RecurringPlan', id: string, name: string, status: PlanStatus, frequency: PlanFrequency, interval: number, weekdays: Array<Weekday>, monthDay?: number | null, weekOfMonth?: number | null, startTime: any, endTime: any, startDate: string, endDate?: string | null, skippedDates: Array<string>, billing: PlanBilling, property?: { __typename?: 'Property', id: string, name: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, services: Array<{ __typename?: 'PlanService', description: string, quantity: string, service?: { __typename?: 'Service', id: string } | null, unitPrice: { __typename?: 'Money', amount: string, currency: string }, amount: { __typename?: 'Money', amount: string, currency: string } }>, nextOccurrences: Array<{ __typename?: 'PlanOccurrence', date: string, start: string, job?: { __typename?: 'Job', id: string, status: JobStatus } | null }> } | null } };

export type PlansResumeMutationVariables = Exact<{
  input: RecurringPlanResumeInput;
}>;


export type PlansResumeMutation = { __typename?: 'Mutation', recurringPlanResume: { __typename?: 'RecurringPlanPayload', jobsCreated: number, jobsRestored: number, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, plan?: { __typename?: 'RecurringPlan', id: string, name: string, status: PlanStatus, frequency: PlanFrequency, interval: number, weekdays: Array<Weekday>, monthDay?: number | null, weekOfMonth?: number | null, startTime: any, endTime: any, startDate: string, endDate?: string | null, skippedDates: Array<string>, billing: PlanBilling, property?: { __typename?: 'Property', id: string, name: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, services: Array<{ __typename?: 'PlanService', description: string, quantity: string, service?: { __typename?: 'Service', id: string } | null, unitPrice: { __typename?: 'Money', amount: string, currency: string }, amount: { __typename?: 'Money', amount: string, currency: string } }>, nextOccurrences: Array<{ __typename?: 'PlanOccurrence', date: string, start: string, job?: { __typename?: 'Job', id: string, status: JobStatus } | null }> } | null } };

export type PlansSkipMutationVariables = Exact<{
  input: RecurringPlanSkipInput;
}>;


export type PlansSkipMutation = { __typename?: 'Mutation', recurringPlanSkip: { __typename?: 'RecurringPlanPayload', jobsCancelled: number, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, plan?: { __typename?: 'RecurringPlan', id: string, name: string, status: PlanStatus, frequency: PlanFrequency, interval: number, weekdays: Array<Weekday>, monthDay?: number | null, weekOfMonth?: number | null, startTime: any, endTime: any, startDate: string, endDate?: string | null, skippedDates: Array<string>, billing: PlanBilling, property?: { __typename?: 'Property', id: string, name: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, services: Array<{ __typename?: 'PlanService', description: string, quantity: string, service?: { __typename?: 'Service', id: string } | null, unitPrice: { __typename?: 'Money', amount: string, currency: string }, amount: { __typename?: 'Money', amount: string, currency: string } }>, nextOccurrences: Array<{ __typename?: 'PlanOccurrence', date: string, start: string, job?: { __typename?: 'Job', id: string, status: JobStatus } | null }> } | null } };

export type OfficeContactCreateMutationVariables = Exact<{
  input: ContactCreateInput;
}>;


export type OfficeContactCreateMutation = { __typename?: 'Mutation', contactCreate: { __typename?: 'ContactCreatePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, contact?: { __typename?: 'Contact', id: string, name: string, role: ContactRole, isDefaultBilling: boolean, email?: string | null, phone?: string | null } | null } };

export type OfficeContactUpdateMutationVariables = Exact<{
  input: ContactUpdateInput;
}>;


export type OfficeContactUpdateMutation = { __typename?: 'Mutation', contactUpdate: { __typename?: 'ContactUpdatePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, contact?: { __typename?: 'Contact', id: string, name: string, role: ContactRole, isDefaultBilling: boolean, email?: string | null, phone?: string | null } | null } };

export type OfficeContactDeleteMutationVariables = Exact<{
  input: ContactDeleteInput;
}>;


export type OfficeContactDeleteMutation = { __typename?: 'Mutation', contactDelete: { __typename?: 'ContactDeletePayload', deletedContactId?: string | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OfficeCustomerArchiveMutationVariables = Exact<{
  input: CustomerUpdateInput;
}>;


export type OfficeCustomerArchiveMutation = { __typename?: 'Mutation', customerUpdate: { __typename?: 'CustomerUpdatePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, customer?: { __typename?: 'Customer', id: string, status: CustomerStatus } | null } };

export type OfficeCustomerDeleteMutationVariables = Exact<{
  input: CustomerDeleteInput;
}>;


export type OfficeCustomerDeleteMutation = { __typename?: 'Mutation', customerDelete: { __typename?: 'CustomerDeletePayload', deletedCustomerId?: string | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OfficeCustomerUpdateMutationVariables = Exact<{
  input: CustomerUpdateInput;
}>;


export type OfficeCustomerUpdateMutation = { __typename?: 'Mutation', customerUpdate: { __typename?: 'CustomerUpdatePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, duplicateCandidates: Array<{ __typename?: 'DuplicateCandidate', reasons: Array<DuplicateReason>, customer: { __typename?: 'Customer', id: string, displayName: string } }>, customer?: { __typename?: 'Customer', id: string, displayName: string, billingName?: string | null, kind: CustomerKind, emails: Array<string>, phones: Array<string>, customerNotes?: string | null, internalNotes?: string | null, portalAccess: boolean, status: CustomerStatus, billingAddress: { __typename?: 'Address', line1?: string | null, line2?: string | null, city?: string | null, region?: string | null, postalCode?: string | null, country?: string | null } } | null } };

export type OfficeCustomerProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficeCustomerProfileQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, displayName: string, billingName?: string | null, kind: CustomerKind, status: CustomerStatus, portalAccess: boolean, createdAt: string, emails: Array<string>, phones: Array<string>, customerNotes?: string | null, internalNotes?: string | null, billingAddress: { __typename?: 'Address', line1?: string | null, line2?: string | null, city?: string | null, region?: string | null, postalCode?: string | null, country?: string | null }, mergedInto?: { __typename?: 'Customer', id: string, displayName: string } | null, notices?: Array<{ __typename?: 'Notice', id: string, text: string, active: boolean }> | null, tags?: Array<{ __typename?: 'Tag', id: string, name: string }> | null, contacts: Array<{ __typename?: 'Contact', id: string, name: string, role: ContactRole, isDefaultBilling: boolean, email?: string | null, phone?: string | null }>, users?: Array<{ __typename?: 'User', id: string, username: string, name?: string | null, active: boolean, finances: boolean, locked?: boolean | null, lastSignInAt?: string | null, properties?: Array<{ __typename?: 'Property', id: string, name: string }> | null }> | null, stats?: { __typename?: 'CustomerStats', jobsCompleted: number, lastJobOn?: string | null, openBalance?: { __typename?: 'Money', amount: string, currency: string } | null } | null, properties: { __typename?: 'PropertyConnection', totalCount: number }, jobs: { __typename?: 'JobConnection', totalCount: number }, invoices: { __typename?: 'InvoiceConnection', totalCount: number }, batches: { __typename?: 'BatchConnection', totalCount: number }, transactions: { __typename?: 'TransactionConnection', totalCount: number }, notes: Array<{ __typename?: 'Note', id: string }>, reminders?: Array<{ __typename?: 'Reminder', id: string }> | null, activity?: { __typename?: 'ActivityConnection', totalCount: number } | null } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficeMergeCustomerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficeMergeCustomerQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, displayName: string, kind: CustomerKind, status: CustomerStatus, mergedInto?: { __typename?: 'Customer', id: string, displayName: string } | null } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficeMergeSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type OfficeMergeSearchQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, nodes: Array<{ __typename?: 'Customer', id: string, displayName: string, billingName?: string | null, kind: CustomerKind, status: CustomerStatus, emails: Array<string>, phones: Array<string> }> } };

export type OfficeMergePreviewQueryVariables = Exact<{
  sourceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
}>;


export type OfficeMergePreviewQuery = { __typename?: 'Query', customerMergePreview: { __typename?: 'CustomerMergePreview', canMerge: boolean, source: { __typename?: 'Customer', id: string, displayName: string }, target: { __typename?: 'Customer', id: string, displayName: string }, moves: { __typename?: 'CustomerMergeCounts', properties: number, jobs: number, invoices: number, batches: number, transactions: number, contacts: number, notes: number, users: number, tokens: number, tags: number, reminders: number, notices: number }, conflicts: Array<{ __typename?: 'CustomerMergeConflict', code: MergeConflictCode, blocking: boolean, message: string }> } };

export type OfficeCustomerMergeMutationVariables = Exact<{
  input: CustomerMergeInput;
}>;


export type OfficeCustomerMergeMutation = { __typename?: 'Mutation', customerMerge: { __typename?: 'CustomerMergePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, target?: { __typename?: 'Customer', id: string, displayName: string } | null, source?: { __typename?: 'Customer', id: string, mergedInto?: { __typename?: 'Customer', id: string } | null } | null } };

export type OfficeNoticeCreateMutationVariables = Exact<{
  input: NoticeCreateInput;
}>;


export type OfficeNoticeCreateMutation = { __typename?: 'Mutation', noticeCreate: { __typename?: 'NoticeCreatePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, notice?: { __typename?: 'Notice', id: string, text: string, active: boolean } | null } };

export type OfficeNoticeRemoveMutationVariables = Exact<{
  input: NoticeRemoveInput;
}>;


export type OfficeNoticeRemoveMutation = { __typename?: 'Mutation', noticeRemove: { __typename?: 'NoticeRemovePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, notice?: { __typename?: 'Notice', id: string, active: boolean } | null } };

export type OfficePropertyCreateMutationVariables = Exact<{
  input: PropertyCreateInput;
}>;


export type OfficePropertyCreateMutation = { __typename?: 'Mutation', propertyCreate: { __typename?: 'PropertyPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, property?: { __typename?: 'Property', id: string, name: string } | null } };

export type OfficePropertyUpdateMutationVariables = Exact<{
  input: PropertyUpdateInput;
}>;


export type OfficePropertyUpdateMutation = { __typename?: 'Mutation', propertyUpdate: { __typename?: 'PropertyPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, property?: { __typename?: 'Property', id: string, name: string, type: PropertyType, accessNotes?: string | null, description?: string | null, internalNotes?: string | null, address: { __typename?: 'Address', line1?: string | null, line2?: string | null, city?: string | null, region?: string | null, postalCode?: string | null, country?: string | null } } | null } };

export type OfficePropertyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficePropertyQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property', id: string, name: string, type: PropertyType, accessNotes?: string | null, description?: string | null, internalNotes?: string | null, active: boolean, createdAt: string, address: { __typename?: 'Address', line1?: string | null, line2?: string | null, city?: string | null, region?: string | null, postalCode?: string | null, country?: string | null }, customer?: { __typename?: 'Customer', id: string, displayName: string } | null } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficePropertyJobsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficePropertyJobsQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property', id: string, jobs: { __typename?: 'JobConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Job', id: string, status: JobStatus, scheduledStart: string, services: Array<{ __typename?: 'JobLine', id: string, description: string }>, team?: { __typename?: 'Team', id: string, name: string } | null }> } } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficePropertyInvoicesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficePropertyInvoicesQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property', id: string, invoices: { __typename?: 'InvoiceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Invoice', id: string, displayNumber: string, status: InvoiceStatus, issuedOn?: string | null, total: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string } }> } } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficePropertyFilesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficePropertyFilesQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property', id: string, files: { __typename?: 'FileConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'File', id: string, kind: FileKind, filename: string, contentType: string, sizeBytes: number, visibleToClient: boolean, createdAt: string, url: string, thumbnailUrl?: string | null }> } } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficeNewPropertyCustomerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficeNewPropertyCustomerQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, displayName: string } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficeCustomerTagsSetMutationVariables = Exact<{
  input: CustomerTagsSetInput;
}>;


export type OfficeCustomerTagsSetMutation = { __typename?: 'Mutation', customerTagsSet: { __typename?: 'CustomerTagsSetPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, customer?: { __typename?: 'Customer', id: string, tags?: Array<{ __typename?: 'Tag', id: string, name: string }> | null } | null } };

export type OfficeCustomerActivityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficeCustomerActivityQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, activity?: { __typename?: 'ActivityConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Activity', id: string, verb: string, subjectType: string, details: unknown, createdAt: string, actor?: { __typename?: 'User', id: string, name?: string | null, username: string } | null }> } | null } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficeCustomerBatchesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficeCustomerBatchesQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, batches: { __typename?: 'BatchConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Batch', id: string, number: number, status: BatchStatus, issuedOn?: string | null, pdfUrl: string, invoices: Array<{ __typename?: 'Invoice', id: string }>, total: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string } }> } } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficeCustomerInvoicesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficeCustomerInvoicesQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, invoices: { __typename?: 'InvoiceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Invoice', id: string, displayNumber: string, status: InvoiceStatus, issuedOn?: string | null, dueOn?: string | null, property?: { __typename?: 'Property', id: string, name: string } | null, total: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string } }> } } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficeCustomerJobsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficeCustomerJobsQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, jobs: { __typename?: 'JobConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Job', id: string, status: JobStatus, scheduledStart: string, property?: { __typename?: 'Property', id: string, name: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, services: Array<{ __typename?: 'JobLine', id: string, description: string }>, total?: { __typename?: 'Money', amount: string, currency: string } | null }> } } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficeCustomerNotesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficeCustomerNotesQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, notes: Array<{ __typename?: 'Note', id: string, body: string, visibility: NoteVisibility, visibleToCustomer: boolean, createdAt: string, updatedAt: string, property?: { __typename?: 'Property', id: string, name: string } | null, job?: { __typename?: 'Job', id: string, scheduledStart: string } | null }>, properties: { __typename?: 'PropertyConnection', totalCount: number } } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficeNoteCreateMutationVariables = Exact<{
  input: NoteCreateInput;
}>;


export type OfficeNoteCreateMutation = { __typename?: 'Mutation', noteCreate: { __typename?: 'NoteCreatePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, note?: { __typename?: 'Note', id: string, body: string, visibility: NoteVisibility, visibleToCustomer: boolean, createdAt: string, updatedAt: string } | null } };

export type OfficeNoteUpdateMutationVariables = Exact<{
  input: NoteUpdateInput;
}>;


export type OfficeNoteUpdateMutation = { __typename?: 'Mutation', noteUpdate: { __typename?: 'NoteUpdatePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, note?: { __typename?: 'Note', id: string, body: string, visibility: NoteVisibility, visibleToCustomer: boolean, updatedAt: string } | null } };

export type OfficeNoteDeleteMutationVariables = Exact<{
  input: NoteDeleteInput;
}>;


export type OfficeNoteDeleteMutation = { __typename?: 'Mutation', noteDelete: { __typename?: 'NoteDeletePayload', deletedNoteId?: string | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }> } };

export type OfficeCustomerPropertiesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficeCustomerPropertiesQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, properties: { __typename?: 'PropertyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Property', id: string, name: string, type: PropertyType, active: boolean, accessNotes?: string | null, address: { __typename?: 'Address', line1?: string | null, line2?: string | null, city?: string | null, region?: string | null, postalCode?: string | null }, jobs: { __typename?: 'JobConnection', totalCount: number } }> } } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficeCustomerRemindersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficeCustomerRemindersQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, reminders?: Array<{ __typename?: 'Reminder', id: string, text: string, dueAt?: string | null, doneAt?: string | null, createdAt?: string | null, assignee?: { __typename?: 'User', id: string, name?: string | null, username: string } | null }> | null } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficeReminderCreateMutationVariables = Exact<{
  input: ReminderCreateInput;
}>;


export type OfficeReminderCreateMutation = { __typename?: 'Mutation', reminderCreate: { __typename?: 'ReminderCreatePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, reminder?: { __typename?: 'Reminder', id: string, text: string, dueAt?: string | null, doneAt?: string | null, assignee?: { __typename?: 'User', id: string, name?: string | null, username: string } | null } | null } };

export type OfficeReminderCompleteMutationVariables = Exact<{
  input: ReminderCompleteInput;
}>;


export type OfficeReminderCompleteMutation = { __typename?: 'Mutation', reminderComplete: { __typename?: 'ReminderCompletePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, reminder?: { __typename?: 'Reminder', id: string, doneAt?: string | null } | null } };

export type OfficeCustomerStatementQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficeCustomerStatementQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, statementUrl?: string | null, aging?: { __typename?: 'AccountHealth', asOf: string, openBalance: { __typename?: 'Money', amount: string, currency: string }, overdue: { __typename?: 'Money', amount: string, currency: string }, current: { __typename?: 'Money', amount: string, currency: string }, days1To30: { __typename?: 'Money', amount: string, currency: string }, days31To60: { __typename?: 'Money', amount: string, currency: string }, days61To90: { __typename?: 'Money', amount: string, currency: string }, over90Days: { __typename?: 'Money', amount: string, currency: string }, credit: { __typename?: 'Money', amount: string, currency: string }, lastPayment?: { __typename?: 'Transaction', id: string, occurredAt: string, amount: { __typename?: 'Money', amount: string, currency: string } } | null, openInvoices: Array<{ __typename?: 'OpenInvoice', daysOverdue: number, balance: { __typename?: 'Money', amount: string, currency: string }, invoice: { __typename?: 'Invoice', id: string, displayNumber: string, dueOn?: string | null, total: { __typename?: 'Money', amount: string, currency: string } } }> } | null } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficeCustomerTransactionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficeCustomerTransactionsQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, transactions: { __typename?: 'TransactionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Transaction', id: string, method: PaymentMethod, status: TransactionStatus, occurredAt: string, reference?: string | null, reportedByClient: boolean, amount: { __typename?: 'Money', amount: string, currency: string }, allocations: Array<{ __typename?: 'Allocation', id: string, invoice?: { __typename?: 'Invoice', id: string, displayNumber: string } | null }> }> } } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type JobFormCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type JobFormCatalogQuery = { __typename?: 'Query', services: Array<{ __typename?: 'Service', id: string, name: string, active: boolean, taxable: boolean, defaultPrice?: { __typename?: 'Money', amount: string, currency: string } | null }> };

export type JobFormCustomersQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type JobFormCustomersQuery = { __typename?: 'Query', customers: { __typename?: 'CustomerConnection', totalCount: number, nodes: Array<{ __typename?: 'Customer', id: string, displayName: string, status: CustomerStatus }> } };

export type JobFormPropertiesQueryVariables = Exact<{
  customerId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type JobFormPropertiesQuery = { __typename?: 'Query', properties: { __typename?: 'PropertyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Property', id: string, name: string, active: boolean, address: { __typename?: 'Address', line1?: string | null, city?: string | null } }> } };

export type JobFormStartQueryVariables = Exact<{
  customer: Scalars['ID']['input'];
  property: Scalars['ID']['input'];
  hasProperty: Scalars['Boolean']['input'];
  hasCustomer: Scalars['Boolean']['input'];
}>;


export type JobFormStartQuery = { __typename?: 'Query', customer?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer', id: string, displayName: string } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null, property?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job' } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property', id: string, name: string, customer?: { __typename?: 'Customer', id: string, displayName: string } | null } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type JobFormJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JobFormJobQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job', id: string, status: JobStatus, scheduledStart: string, scheduledEnd?: string | null, clientNotes?: string | null, internalNotes?: string | null, property?: { __typename?: 'Property', id: string, name: string, address: { __typename?: 'Address', line1?: string | null, city?: string | null } } | null, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, team?: { __typename?: 'Team', id: string } | null, employees: Array<{ __typename?: 'Employee', id: string, name: string, active: boolean }>, services: Array<{ __typename?: 'JobLine', id: string, description: string, quantity: string, unitPrice?: { __typename?: 'Money', amount: string, currency: string } | null, service?: { __typename?: 'Service', id: string } | null }>, invoice?: { __typename?: 'Invoice', id: string, status: InvoiceStatus } | null } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type JobFormCreateMutationVariables = Exact<{
  input: JobCreateInput;
}>;


export type JobFormCreateMutation = { __typename?: 'Mutation', jobCreate: { __typename?: 'JobPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, job?: { __typename?: 'Job', id: string } | null } };

export type JobFormUpdateMutationVariables = Exact<{
  input: JobUpdateInput;
}>;


export type JobFormUpdateMutation = { __typename?: 'Mutation', jobUpdate: { __typename?: 'JobPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, job?: { __typename?: 'Job', id: string, status: JobStatus, scheduledStart: string, scheduledEnd?: string | null } | null } };

export type OfficeJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficeJobQuery = { __typename?: 'Query', node?: { __typename: 'Activity' } | { __typename: 'Allocation' } | { __typename: 'ApiToken' } | { __typename: 'Batch' } | { __typename: 'ChecklistItem' } | { __typename: 'Contact' } | { __typename: 'CorrectionRequest' } | { __typename: 'Customer' } | { __typename: 'Employee' } | { __typename: 'File' } | { __typename: 'Invoice' } | { __typename: 'InvoiceLine' } | { __typename: 'Job', id: string, status: JobStatus, scheduledStart: string, scheduledEnd?: string | null, startedAt?: string | null, finishedAt?: string | null, clientNotes?: string | null, internalNotes?: string | null, property?: { __typename?: 'Property', id: string, name: string, accessNotes?: string | null, address: { __typename?: 'Address', line1?: string | null, line2?: string | null, city?: string | null, region?: string | null, postalCode?: string | null } } | null, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, services: Array<{ __typename?: 'JobLine', id: string, description: string, quantity: string, unitPrice?: { __typename?: 'Money', amount: string, currency: string } | null, amount?: { __typename?: 'Money', amount: string, currency: string } | null }>, total?: { __typename?: 'Money', amount: string, currency: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, employees: Array<{ __typename?: 'Employee', id: string, name: string }>, checklist: Array<{ __typename?: 'ChecklistItem', id: string, label: string, required: boolean, done: boolean }>, statusHistory: Array<{ __typename?: 'JobStatusChange', id: string, fromStatus?: JobStatus | null, toStatus: JobStatus, changedAt: string, reason?: string | null, changedBy?: string | null }>, files: Array<{ __typename?: 'File', id: string, kind: FileKind, filename: string, contentType: string, url: string, thumbnailUrl?: string | null, createdAt: string }>, invoice?: { __typename?: 'Invoice', id: string, displayNumber: string, issuedOn?: string | null, status: InvoiceStatus } | null, invoices: Array<{ __typename?: 'Invoice', id: string, displayNumber: string, status: InvoiceStatus }>, review?: { __typename?: 'JobReview', id: string, rating: number, comment?: string | null, problem: boolean, reviewedAt: string } | null } | { __typename: 'JobLine' } | { __typename: 'JobReview' } | { __typename: 'JobStatusChange' } | { __typename: 'Note' } | { __typename: 'Notice' } | { __typename: 'Property' } | { __typename: 'RecurringPlan' } | { __typename: 'Reminder' } | { __typename: 'SavedPaymentMethod' } | { __typename: 'Service' } | { __typename: 'Tag' } | { __typename: 'Team' } | { __typename: 'Transaction' } | { __typename: 'User' } | null };

export type OfficeJobSetStatusMutationVariables = Exact<{
  input: JobSetStatusInput;
}>;


export type OfficeJobSetStatusMutation = { __typename?: 'Mutation', jobSetStatus: { __typename?: 'JobSetStatusPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, job?: { __typename?: 'Job', id: string, status: JobStatus, startedAt?: string | null, finishedAt?: string | null } | null } };

export type BoardJobFragment = { __typename?: 'Job', id: string, status: JobStatus, scheduledStart: string, scheduledEnd?: string | null, property?: { __typename?: 'Property', id: string, name: string, address: { __typename?: 'Address', line1?: string | null, city?: string | null } } | null, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, employees: Array<{ __typename?: 'Employee', id: string, name: string }>, services: Array<{ __typename?: 'JobLine', id: string, description: string }> };

export type ScheduleJobsQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ScheduleJobsQuery = { __typename?: 'Query', jobs: { __typename?: 'JobConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Job', id: string, status: JobStatus, scheduledStart: string, scheduledEnd?: string | null, property?: { __typename?: 'Property', id: string, name: string, address: { __typename?: 'Address', line1?: string | null, city?: string | null } } | null, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, employees: Array<{ __typename?: 'Employee', id: string, name: string }>, services: Array<{ __typename?: 'JobLine', id: string, description: string }> }> } };

export type ScheduleJobChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ScheduleJobChangedSubscription = { __typename?: 'Subscription', jobChanged: { __typename?: 'JobChangedEvent', fields: Array<JobChangedField>, job?: { __typename?: 'Job', id: string, status: JobStatus, scheduledStart: string, scheduledEnd?: string | null, property?: { __typename?: 'Property', id: string, name: string, address: { __typename?: 'Address', line1?: string | null, city?: string | null } } | null, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, employees: Array<{ __typename?: 'Employee', id: string, name: string }>, services: Array<{ __typename?: 'JobLine', id: string, description: string }> } | null } };

export type ScheduleCrewQueryVariables = Exact<{ [key: string]: never; }>;


export type ScheduleCrewQuery = { __typename?: 'Query', teams: Array<{ __typename?: 'Team', id: string, name: string, members: Array<{ __typename?: 'Employee', id: string, name: string, active: boolean }> }>, employees: Array<{ __typename?: 'Employee', id: string, name: string, active: boolean }> };

export type ScheduleReassignMutationVariables = Exact<{
  input: JobUpdateInput;
}>;


export type ScheduleReassignMutation = { __typename?: 'Mutation', jobUpdate: { __typename?: 'JobPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, job?: { __typename?: 'Job', id: string, status: JobStatus, scheduledStart: string, scheduledEnd?: string | null, property?: { __typename?: 'Property', id: string, name: string, address: { __typename?: 'Address', line1?: string | null, city?: string | null } } | null, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, team?: { __typename?: 'Team', id: string, name: string } | null, employees: Array<{ __typename?: 'Employee', id: string, name: string }>, services: Array<{ __typename?: 'JobLine', id: string, description: string }> } | null } };

export type SettingsServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsServicesQuery = { __typename?: 'Query', services: Array<{ __typename?: 'Service', id: string, name: string, description?: string | null, taxable: boolean, active: boolean, defaultPrice?: { __typename?: 'Money', amount: string, cents: number, currency: string } | null, checklistTemplate?: Array<{ __typename?: 'ChecklistTemplateItem', label: string, required: boolean }> | null }> };

export type SettingsServiceCreateMutationVariables = Exact<{
  input: ServiceCreateInput;
}>;


export type SettingsServiceCreateMutation = { __typename?: 'Mutation', serviceCreate: { __typename?: 'ServicePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, service?: { __typename?: 'Service', id: string, name: string } | null } };

export type SettingsServiceUpdateMutationVariables = Exact<{
  input: ServiceUpdateInput;
}>;


export type SettingsServiceUpdateMutation = { __typename?: 'Mutation', serviceUpdate: { __typename?: 'ServicePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, service?: { __typename?: 'Service', id: string, name: string, description?: string | null, taxable: boolean, active: boolean, defaultPrice?: { __typename?: 'Money', amount: string, cents: number, currency: string } | null } | null } };

export type SettingsChecklistTemplateSetMutationVariables = Exact<{
  input: ChecklistTemplateSetInput;
}>;


export type SettingsChecklistTemplateSetMutation = { __typename?: 'Mutation', checklistTemplateSet: { __typename?: 'ServicePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, service?: { __typename?: 'Service', id: string, checklistTemplate?: Array<{ __typename?: 'ChecklistTemplateItem', label: string, required: boolean }> | null } | null } };

export type SettingsCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsCompanyQuery = { __typename?: 'Query', company: { __typename?: 'Company', name: string, timeZone: string, currency: string, email?: string | null, phone?: string | null, website?: string | null, taxRate?: string | null, cardFeePercent?: string | null, achFeePercent?: string | null, paymentTermsDays?: number | null, invoicePrefix?: string | null, nextInvoiceNumber?: number | null, notifyClientsOnJobFinished?: boolean | null, hasLogo?: boolean | null, logoUrl?: string | null, address?: { __typename?: 'Address', line1?: string | null, line2?: string | null, city?: string | null, region?: string | null, postalCode?: string | null, country?: string | null } | null, cardFeeFixed?: { __typename?: 'Money', amount: string } | null, achFeeFixed?: { __typename?: 'Money', amount: string } | null } };

export type SettingsCompanyUpdateMutationVariables = Exact<{
  input: CompanyUpdateInput;
}>;


export type SettingsCompanyUpdateMutation = { __typename?: 'Mutation', companyUpdate: { __typename?: 'CompanyUpdatePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, company?: { __typename?: 'Company', name: string, timeZone: string, currency: string, email?: string | null, phone?: string | null, website?: string | null, taxRate?: string | null, cardFeePercent?: string | null, achFeePercent?: string | null, paymentTermsDays?: number | null, invoicePrefix?: string | null, nextInvoiceNumber?: number | null, notifyClientsOnJobFinished?: boolean | null, hasLogo?: boolean | null, logoUrl?: string | null, address?: { __typename?: 'Address', line1?: string | null, line2?: string | null, city?: string | null, region?: string | null, postalCode?: string | null, country?: string | null } | null, cardFeeFixed?: { __typename?: 'Money', amount: string } | null, achFeeFixed?: { __typename?: 'Money', amount: string } | null } | null } };

export type SettingsPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsPeopleQuery = { __typename?: 'Query', employees: Array<{ __typename?: 'Employee', id: string, name: string, email?: string | null, phone?: string | null, active: boolean, user?: { __typename?: 'User', id: string, username: string, active: boolean } | null, rating?: { __typename?: 'Rating', average: string, count: number } | null }>, teams: Array<{ __typename?: 'Team', id: string, name: string, members: Array<{ __typename?: 'Employee', id: string, name: string }>, rating?: { __typename?: 'Rating', average: string, count: number } | null }> };

export type SettingsEmployeeCreateMutationVariables = Exact<{
  input: EmployeeCreateInput;
}>;


export type SettingsEmployeeCreateMutation = { __typename?: 'Mutation', employeeCreate: { __typename?: 'EmployeePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, employee?: { __typename?: 'Employee', id: string, name: string } | null } };

export type SettingsEmployeeUpdateMutationVariables = Exact<{
  input: EmployeeUpdateInput;
}>;


export type SettingsEmployeeUpdateMutation = { __typename?: 'Mutation', employeeUpdate: { __typename?: 'EmployeePayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, employee?: { __typename?: 'Employee', id: string, name: string, email?: string | null, phone?: string | null, active: boolean, user?: { __typename?: 'User', id: string, username: string, active: boolean } | null } | null } };

export type SettingsTeamCreateMutationVariables = Exact<{
  input: TeamCreateInput;
}>;


export type SettingsTeamCreateMutation = { __typename?: 'Mutation', teamCreate: { __typename?: 'TeamPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, team?: { __typename?: 'Team', id: string, name: string, members: Array<{ __typename?: 'Employee', id: string, name: string }> } | null } };

export type SettingsTeamUpdateMutationVariables = Exact<{
  input: TeamUpdateInput;
}>;


export type SettingsTeamUpdateMutation = { __typename?: 'Mutation', teamUpdate: { __typename?: 'TeamPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: UserErrorCode, message: string }>, team?: { __typename?: 'Team', id: string, name: string, members: Array<{ __typename?: 'Employee', id: string, name: string }> } | null } };

export type OfficeTodayQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficeTodayQuery = { __typename?: 'Query', reminders: { __typename?: 'ReminderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Reminder', id: string, text: string, dueAt?: string | null, customer?: { __typename?: 'Customer', id: string, displayName: string } | null }> }, transactions: { __typename?: 'TransactionConnection', totalCount: number, nodes: Array<{ __typename?: 'Transaction', id: string, occurredAt: string, amount: { __typename?: 'Money', amount: string, currency: string }, customer?: { __typename?: 'Customer', id: string, displayName: string } | null }> }, correctionRequests: { __typename?: 'CorrectionRequestConnection', totalCount: number, nodes: Array<{ __typename?: 'CorrectionRequest', id: string, message: string, createdAt: string, customer?: { __typename?: 'Customer', id: string, displayName: string } | null, invoice?: { __typename?: 'Invoice', id: string, displayNumber: string } | null }> }, customersByOverdue: { __typename?: 'CustomerConnection', totalCount: number, nodes: Array<{ __typename?: 'Customer', id: string, displayName: string, aging?: { __typename?: 'AccountHealth', overdue: { __typename?: 'Money', amount: string, currency: string } } | null }> } };

export type OfficeTodayMoreRemindersQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficeTodayMoreRemindersQuery = { __typename?: 'Query', reminders: { __typename?: 'ReminderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Reminder', id: string, text: string, dueAt?: string | null, customer?: { __typename?: 'Customer', id: string, displayName: string } | null }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', authenticated: boolean, role?: Role | null, finances: boolean, user?: { __typename?: 'User', id: string, username: string, name?: string | null } | null, customer?: { __typename?: 'Customer', id: string, displayName: string, batches: { __typename?: 'BatchConnection', totalCount: number } } | null, properties?: Array<{ __typename?: 'Property', id: string, name: string }> | null }, company: { __typename?: 'Company', name: string, timeZone: string } };

export const PlanEditResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanEditResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecurringPlanPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"jobsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"jobsCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"jobsRestored"}},{"kind":"Field","name":{"kind":"Name","value":"leftAlone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceDate"}}]}}]}}]} as unknown as DocumentNode<PlanEditResultFragment, unknown>;
export const PlansPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlansPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecurringPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"monthDay"}},{"kind":"Field","name":{"kind":"Name","value":"weekOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"skippedDates"}},{"kind":"Field","name":{"kind":"Name","value":"billing"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PlansPlanFragment, unknown>;
export const BoardJobFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<BoardJobFragment, unknown>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const CorrectionRequestCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectionRequestCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectionRequestCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctionRequestCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectionRequestCreateMutation, CorrectionRequestCreateMutationVariables>;
export const JobReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<JobReviewMutation, JobReviewMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"unread"},"name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<NotificationReceivedSubscription, NotificationReceivedSubscriptionVariables>;
export const NotificationMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationMarkReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationMarkRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationMarkReadMutation, NotificationMarkReadMutationVariables>;
export const PaymentSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlinePaymentConfigured"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"cardFeePercent"}},{"kind":"Field","name":{"kind":"Name","value":"cardFeeFixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achFeePercent"}},{"kind":"Field","name":{"kind":"Name","value":"achFeeFixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentSettingsQuery, PaymentSettingsQueryVariables>;
export const CheckoutSessionCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckoutSessionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckoutSessionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkoutSessionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkoutSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutSessionCreateMutation, CheckoutSessionCreateMutationVariables>;
export const PaymentReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentReportMutation, PaymentReportMutationVariables>;
export const PropertyOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropertyOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PropertyOptionsQuery, PropertyOptionsQueryVariables>;
export const OfficePropertyPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficePropertyPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficePropertyPickerQuery, OfficePropertyPickerQueryVariables>;
export const JobProofChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JobProofChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobProofChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobProofChangedSubscription, JobProofChangedSubscriptionVariables>;
export const JobStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JobStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}},{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobStatusChangedSubscription, JobStatusChangedSubscriptionVariables>;
export const JobEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobEventsQuery, JobEventsQueryVariables>;
export const RequestLoginCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestLoginCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestLoginCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestLoginCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestLoginCodeMutation, RequestLoginCodeMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const BatchDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]}}]}}]} as unknown as DocumentNode<BatchDetailQuery, BatchDetailQueryVariables>;
export const BatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Batches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchesQuery, BatchesQueryVariables>;
export const ClientDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"finances"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedJobs"}},{"kind":"Field","name":{"kind":"Name","value":"pendingJobs"}},{"kind":"Field","name":{"kind":"Name","value":"totalRevenue"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finances"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finances"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openBalance"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finances"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revenueByMonth"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finances"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"upcoming"},"name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PENDING"},{"kind":"EnumValue","value":"ON_THE_WAY"},{"kind":"EnumValue","value":"STARTED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"oldestFirst"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientDashboardQuery, ClientDashboardQueryVariables>;
export const InvoiceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"billingName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceDetailQuery, InvoiceDetailQueryVariables>;
export const InvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesQuery, InvoicesQueryVariables>;
export const JobDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"finances"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientNotes"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finances"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finances"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finances"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobDetailQuery, JobDetailQueryVariables>;
export const JobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Jobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"finances"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"clientNotes"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finances"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobsQuery, JobsQueryVariables>;
export const PaymentMethodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentMethods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onlinePaymentConfigured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expYear"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autopay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"consentText"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedByName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentMethodsQuery, PaymentMethodsQueryVariables>;
export const PaymentMethodSetupCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentMethodSetupCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentMethodSetupCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentMethodSetupCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentMethodSetupCreateMutation, PaymentMethodSetupCreateMutationVariables>;
export const PaymentMethodSetDefaultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentMethodSetDefault"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentMethodSetDefaultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentMethodSetDefault"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentMethodSetDefaultMutation, PaymentMethodSetDefaultMutationVariables>;
export const PaymentMethodRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentMethodRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentMethodRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentMethodRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentMethodRemoveMutation, PaymentMethodRemoveMutationVariables>;
export const AutopaySetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AutopaySet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AutopaySetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autopaySet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"autopay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AutopaySetMutation, AutopaySetMutationVariables>;
export const PropertiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Properties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PropertiesQuery, PropertiesQueryVariables>;
export const PropertyDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropertyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"finances"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Property"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"finances"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"24"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PropertyDetailQuery, PropertyDetailQueryVariables>;
export const PropertyFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropertyFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Property"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PropertyFilesQuery, PropertyFilesQueryVariables>;
export const TransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Transactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByClient"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransactionsQuery, TransactionsQueryVariables>;
export const ChecklistItemSetDoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChecklistItemSetDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistItemSetDoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistItemSetDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChecklistItemSetDoneMutation, ChecklistItemSetDoneMutationVariables>;
export const FieldJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"clientNotes"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FieldJobQuery, FieldJobQueryVariables>;
export const FileUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FileUploadMutation, FileUploadMutationVariables>;
export const FieldSetStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FieldSetStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobSetStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobSetStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FieldSetStatusMutation, FieldSetStatusMutationVariables>;
export const FieldTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldToday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"clientNotes"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FieldTodayQuery, FieldTodayQueryVariables>;
export const FieldJobChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FieldJobChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FieldJobChangedSubscription, FieldJobChangedSubscriptionVariables>;
export const AccessApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"finances"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessApiTokensQuery, AccessApiTokensQueryVariables>;
export const AccessApiTokenCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessApiTokenCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokenCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessApiTokenCreateMutation, AccessApiTokenCreateMutationVariables>;
export const AccessApiTokenRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessApiTokenRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokenRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AccessApiTokenRevokeMutation, AccessApiTokenRevokeMutationVariables>;
export const AccessPortalUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessPortalUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"finances"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessPortalUsersQuery, AccessPortalUsersQueryVariables>;
export const AccessCustomerNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessCustomerName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AccessCustomerNameQuery, AccessCustomerNameQueryVariables>;
export const AccessPortalUserCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessPortalUserCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalUserCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalUserCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessPortalUserCreateMutation, AccessPortalUserCreateMutationVariables>;
export const AccessUserSetScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessUserSetScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserSetScopeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userSetScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"finances"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessUserSetScopeMutation, AccessUserSetScopeMutationVariables>;
export const AccessUserSetActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessUserSetActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserSetActiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userSetActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]}}]}}]} as unknown as DocumentNode<AccessUserSetActiveMutation, AccessUserSetActiveMutationVariables>;
export const AccessUserUnlockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessUserUnlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserUnlockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userUnlock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"failedSignIns"}}]}}]}}]}}]} as unknown as DocumentNode<AccessUserUnlockMutation, AccessUserUnlockMutationVariables>;
export const AccessStaffUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessStaffUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"finances"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessStaffUsersQuery, AccessStaffUsersQueryVariables>;
export const AccessEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessEmployees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AccessEmployeesQuery, AccessEmployeesQueryVariables>;
export const AccessStaffUserCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessStaffUserCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUserCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<AccessStaffUserCreateMutation, AccessStaffUserCreateMutationVariables>;
export const AccessCustomerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessCustomerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<AccessCustomerSearchQuery, AccessCustomerSearchQueryVariables>;
export const AccessCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<AccessCustomerQuery, AccessCustomerQueryVariables>;
export const AccessPropertiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessProperties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccessPropertiesQuery, AccessPropertiesQueryVariables>;
export const AccessPropertyCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessPropertyCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AccessPropertyCountQuery, AccessPropertyCountQueryVariables>;
export const BillingApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingApprovals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TO_APPROVAL"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BillingApprovalsQuery, BillingApprovalsQueryVariables>;
export const OfficeBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeBatchQuery, OfficeBatchQueryVariables>;
export const BillingCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"toInvoice"},"name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FINISHED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"uninvoiced"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toApprove"},"name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TO_APPROVAL"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"corrections"},"name":{"kind":"Name","value":"correctionRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"customersByOverdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"drafts"},"name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BillingCountsQuery, BillingCountsQueryVariables>;
export const BillingCorrectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingCorrections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctionRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BillingCorrectionsQuery, BillingCorrectionsQueryVariables>;
export const BillingPickCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingPickCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"billingName"}}]}}]}}]}}]} as unknown as DocumentNode<BillingPickCustomerQuery, BillingPickCustomerQueryVariables>;
export const OfficeInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeInvoicesQuery, OfficeInvoicesQueryVariables>;
export const OfficeInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"billingName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByClient"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctsInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeInvoiceQuery, OfficeInvoiceQueryVariables>;
export const BatchCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"customer"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"PARTIALLY_PAID"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BatchCustomerQuery, BatchCustomerQueryVariables>;
export const JobsToInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsToInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobsToInvoiceQuery, JobsToInvoiceQueryVariables>;
export const PaymentCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withBatch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"customer"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"aging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"batch"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batch"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withBatch"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"PARTIALLY_PAID"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentCustomerQuery, PaymentCustomerQueryVariables>;
export const BillingOverdueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingOverdue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customersByOverdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"statementUrl"}},{"kind":"Field","name":{"kind":"Name","value":"aging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days1To30"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days31To60"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days61To90"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"over90Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BillingOverdueQuery, BillingOverdueQueryVariables>;
export const BillingToInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingToInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FINISHED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"uninvoiced"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"oldestFirst"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BillingToInvoiceQuery, BillingToInvoiceQueryVariables>;
export const OfficeInvoiceCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeInvoiceCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeInvoiceCreateMutation, OfficeInvoiceCreateMutationVariables>;
export const OfficeInvoiceIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeInvoiceIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeInvoiceIssueMutation, OfficeInvoiceIssueMutationVariables>;
export const OfficeInvoiceVoidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeInvoiceVoid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceVoidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceVoid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeInvoiceVoidMutation, OfficeInvoiceVoidMutationVariables>;
export const OfficeInvoiceMarkBadDebtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeInvoiceMarkBadDebt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceMarkBadDebtInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceMarkBadDebt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeInvoiceMarkBadDebtMutation, OfficeInvoiceMarkBadDebtMutationVariables>;
export const OfficeInvoiceCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeInvoiceCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeInvoiceCreditMutation, OfficeInvoiceCreditMutationVariables>;
export const OfficePaymentRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficePaymentRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unappliedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OfficePaymentRecordMutation, OfficePaymentRecordMutationVariables>;
export const OfficePaymentReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficePaymentReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OfficePaymentReviewMutation, OfficePaymentReviewMutationVariables>;
export const OfficeCorrectionAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCorrectionAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectionRequestAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctionRequestAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCorrectionAnswerMutation, OfficeCorrectionAnswerMutationVariables>;
export const OfficeBatchCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeBatchCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BatchCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeBatchCreateMutation, OfficeBatchCreateMutationVariables>;
export const OfficeCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"billingName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomersQuery, OfficeCustomersQueryVariables>;
export const OfficeCustomerTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCustomerTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerCount"}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerTagsQuery, OfficeCustomerTagsQueryVariables>;
export const DuplicateCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicateCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billingName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"billingName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billingName"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"matchedEmails"}},{"kind":"Field","name":{"kind":"Name","value":"matchedPhones"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"billingName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DuplicateCandidatesQuery, DuplicateCandidatesQueryVariables>;
export const CreateCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"matchedEmails"}},{"kind":"Field","name":{"kind":"Name","value":"matchedPhones"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"billingName"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const PlansFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlansFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PlansFormOptionsQuery, PlansFormOptionsQueryVariables>;
export const PlansCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlansCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecurringPlanCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recurringPlanCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PlansCreateMutation, PlansCreateMutationVariables>;
export const PlansUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlansUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecurringPlanUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recurringPlanUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanEditResult"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlansPlan"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanEditResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecurringPlanPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"jobsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"jobsCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"jobsRestored"}},{"kind":"Field","name":{"kind":"Name","value":"leftAlone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceDate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlansPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecurringPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"monthDay"}},{"kind":"Field","name":{"kind":"Name","value":"weekOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"skippedDates"}},{"kind":"Field","name":{"kind":"Name","value":"billing"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PlansUpdateMutation, PlansUpdateMutationVariables>;
export const OfficeCustomerPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCustomerPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recurringPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlansPlan"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlansPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecurringPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"monthDay"}},{"kind":"Field","name":{"kind":"Name","value":"weekOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"skippedDates"}},{"kind":"Field","name":{"kind":"Name","value":"billing"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerPlansQuery, OfficeCustomerPlansQueryVariables>;
export const OfficePropertyPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficePropertyPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Property"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlansPlan"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlansPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecurringPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"monthDay"}},{"kind":"Field","name":{"kind":"Name","value":"weekOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"skippedDates"}},{"kind":"Field","name":{"kind":"Name","value":"billing"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OfficePropertyPlansQuery, OfficePropertyPlansQueryVariables>;
export const PlansPauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlansPause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecurringPlanPauseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recurringPlanPause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobsCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlansPlan"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlansPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecurringPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"monthDay"}},{"kind":"Field","name":{"kind":"Name","value":"weekOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"skippedDates"}},{"kind":"Field","name":{"kind":"Name","value":"billing"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PlansPauseMutation, PlansPauseMutationVariables>;
export const PlansResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlansResume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecurringPlanResumeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recurringPlanResume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"jobsRestored"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlansPlan"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlansPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecurringPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"monthDay"}},{"kind":"Field","name":{"kind":"Name","value":"weekOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"skippedDates"}},{"kind":"Field","name":{"kind":"Name","value":"billing"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PlansResumeMutation, PlansResumeMutationVariables>;
export const PlansSkipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlansSkip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecurringPlanSkipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recurringPlanSkip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobsCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlansPlan"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlansPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecurringPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"monthDay"}},{"kind":"Field","name":{"kind":"Name","value":"weekOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"skippedDates"}},{"kind":"Field","name":{"kind":"Name","value":"billing"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PlansSkipMutation, PlansSkipMutationVariables>;
export const OfficeContactCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeContactCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultBilling"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeContactCreateMutation, OfficeContactCreateMutationVariables>;
export const OfficeContactUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeContactUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultBilling"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeContactUpdateMutation, OfficeContactUpdateMutationVariables>;
export const OfficeContactDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeContactDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deletedContactId"}}]}}]}}]} as unknown as DocumentNode<OfficeContactDeleteMutation, OfficeContactDeleteMutationVariables>;
export const OfficeCustomerArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCustomerArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerArchiveMutation, OfficeCustomerArchiveMutationVariables>;
export const OfficeCustomerDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCustomerDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deletedCustomerId"}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerDeleteMutation, OfficeCustomerDeleteMutationVariables>;
export const OfficeCustomerUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCustomerUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"billingName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"customerNotes"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"portalAccess"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerUpdateMutation, OfficeCustomerUpdateMutationVariables>;
export const OfficeCustomerProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCustomerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"billingName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"portalAccess"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"customerNotes"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultBilling"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"finances"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"lastJobOn"}},{"kind":"Field","name":{"kind":"Name","value":"openBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerProfileQuery, OfficeCustomerProfileQueryVariables>;
export const OfficeMergeCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeMergeCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeMergeCustomerQuery, OfficeMergeCustomerQueryVariables>;
export const OfficeMergeSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeMergeSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"billingName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeMergeSearchQuery, OfficeMergeSearchQueryVariables>;
export const OfficeMergePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeMergePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerMergePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canMerge"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"users"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeMergePreviewQuery, OfficeMergePreviewQueryVariables>;
export const OfficeCustomerMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCustomerMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerMergeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerMerge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerMergeMutation, OfficeCustomerMergeMutationVariables>;
export const OfficeNoticeCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeNoticeCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeNoticeCreateMutation, OfficeNoticeCreateMutationVariables>;
export const OfficeNoticeRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeNoticeRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeNoticeRemoveMutation, OfficeNoticeRemoveMutationVariables>;
export const OfficePropertyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficePropertyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PropertyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propertyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OfficePropertyCreateMutation, OfficePropertyCreateMutationVariables>;
export const OfficePropertyUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficePropertyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PropertyUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propertyUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficePropertyUpdateMutation, OfficePropertyUpdateMutationVariables>;
export const OfficePropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Property"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficePropertyQuery, OfficePropertyQueryVariables>;
export const OfficePropertyJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficePropertyJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Property"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficePropertyJobsQuery, OfficePropertyJobsQueryVariables>;
export const OfficePropertyInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficePropertyInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Property"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficePropertyInvoicesQuery, OfficePropertyInvoicesQueryVariables>;
export const OfficePropertyFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficePropertyFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Property"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToClient"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficePropertyFilesQuery, OfficePropertyFilesQueryVariables>;
export const OfficeNewPropertyCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeNewPropertyCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeNewPropertyCustomerQuery, OfficeNewPropertyCustomerQueryVariables>;
export const OfficeCustomerTagsSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeCustomerTagsSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerTagsSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerTagsSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerTagsSetMutation, OfficeCustomerTagsSetMutationVariables>;
export const OfficeCustomerActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCustomerActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerActivityQuery, OfficeCustomerActivityQueryVariables>;
export const OfficeCustomerBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCustomerBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerBatchesQuery, OfficeCustomerBatchesQueryVariables>;
export const OfficeCustomerInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCustomerInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerInvoicesQuery, OfficeCustomerInvoicesQueryVariables>;
export const OfficeCustomerJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCustomerJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerJobsQuery, OfficeCustomerJobsQueryVariables>;
export const OfficeCustomerNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCustomerNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerNotesQuery, OfficeCustomerNotesQueryVariables>;
export const OfficeNoteCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeNoteCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoteCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noteCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeNoteCreateMutation, OfficeNoteCreateMutationVariables>;
export const OfficeNoteUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeNoteUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoteUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noteUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeNoteUpdateMutation, OfficeNoteUpdateMutationVariables>;
export const OfficeNoteDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeNoteDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoteDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noteDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deletedNoteId"}}]}}]}}]} as unknown as DocumentNode<OfficeNoteDeleteMutation, OfficeNoteDeleteMutationVariables>;
export const OfficeCustomerPropertiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCustomerProperties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerPropertiesQuery, OfficeCustomerPropertiesQueryVariables>;
export const OfficeCustomerRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCustomerReminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerRemindersQuery, OfficeCustomerRemindersQueryVariables>;
export const OfficeReminderCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeReminderCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeReminderCreateMutation, OfficeReminderCreateMutationVariables>;
export const OfficeReminderCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeReminderComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReminderCompleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminderComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeReminderCompleteMutation, OfficeReminderCompleteMutationVariables>;
export const OfficeCustomerStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCustomerStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statementUrl"}},{"kind":"Field","name":{"kind":"Name","value":"aging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"openBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days1To30"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days31To60"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days61To90"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"over90Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openInvoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerStatementQuery, OfficeCustomerStatementQueryVariables>;
export const OfficeCustomerTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeCustomerTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByClient"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeCustomerTransactionsQuery, OfficeCustomerTransactionsQueryVariables>;
export const JobFormCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobFormCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<JobFormCatalogQuery, JobFormCatalogQueryVariables>;
export const JobFormCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobFormCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<JobFormCustomersQuery, JobFormCustomersQueryVariables>;
export const JobFormPropertiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobFormProperties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobFormPropertiesQuery, JobFormPropertiesQueryVariables>;
export const JobFormStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobFormStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"property"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasProperty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasCustomer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"customer"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customer"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasCustomer"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"property"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"property"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasProperty"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Property"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobFormStartQuery, JobFormStartQueryVariables>;
export const JobFormJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobFormJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"clientNotes"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobFormJobQuery, JobFormJobQueryVariables>;
export const JobFormCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobFormCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<JobFormCreateMutation, JobFormCreateMutationVariables>;
export const JobFormUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobFormUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}}]}}]}}]}}]} as unknown as DocumentNode<JobFormUpdateMutation, JobFormUpdateMutationVariables>;
export const OfficeJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clientNotes"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accessNotes"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeJobQuery, OfficeJobQueryVariables>;
export const OfficeJobSetStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfficeJobSetStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobSetStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobSetStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<OfficeJobSetStatusMutation, OfficeJobSetStatusMutationVariables>;
export const ScheduleJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduleJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"scheduledFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"scheduledTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"oldestFirst"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardJob"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<ScheduleJobsQuery, ScheduleJobsQueryVariables>;
export const ScheduleJobChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ScheduleJobChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardJob"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<ScheduleJobChangedSubscription, ScheduleJobChangedSubscriptionVariables>;
export const ScheduleCrewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduleCrew"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ScheduleCrewQuery, ScheduleCrewQueryVariables>;
export const ScheduleReassignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleReassign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardJob"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledEnd"}},{"kind":"Field","name":{"kind":"Name","value":"property"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<ScheduleReassignMutation, ScheduleReassignMutationVariables>;
export const SettingsServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklistTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsServicesQuery, SettingsServicesQueryVariables>;
export const SettingsServiceCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsServiceCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsServiceCreateMutation, SettingsServiceCreateMutationVariables>;
export const SettingsServiceUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsServiceUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsServiceUpdateMutation, SettingsServiceUpdateMutationVariables>;
export const SettingsChecklistTemplateSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsChecklistTemplateSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistTemplateSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistTemplateSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklistTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsChecklistTemplateSetMutation, SettingsChecklistTemplateSetMutationVariables>;
export const SettingsCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"cardFeePercent"}},{"kind":"Field","name":{"kind":"Name","value":"cardFeeFixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achFeePercent"}},{"kind":"Field","name":{"kind":"Name","value":"achFeeFixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"invoicePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"nextInvoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notifyClientsOnJobFinished"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogo"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]} as unknown as DocumentNode<SettingsCompanyQuery, SettingsCompanyQueryVariables>;
export const SettingsCompanyUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCompanyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"cardFeePercent"}},{"kind":"Field","name":{"kind":"Name","value":"cardFeeFixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"achFeePercent"}},{"kind":"Field","name":{"kind":"Name","value":"achFeeFixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"invoicePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"nextInvoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notifyClientsOnJobFinished"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogo"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCompanyUpdateMutation, SettingsCompanyUpdateMutationVariables>;
export const SettingsPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsPeopleQuery, SettingsPeopleQueryVariables>;
export const SettingsEmployeeCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsEmployeeCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployeeCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsEmployeeCreateMutation, SettingsEmployeeCreateMutationVariables>;
export const SettingsEmployeeUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsEmployeeUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployeeUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsEmployeeUpdateMutation, SettingsEmployeeUpdateMutationVariables>;
export const SettingsTeamCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsTeamCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsTeamCreateMutation, SettingsTeamCreateMutationVariables>;
export const SettingsTeamUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsTeamUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsTeamUpdateMutation, SettingsTeamUpdateMutationVariables>;
export const OfficeTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"due"},"value":{"kind":"EnumValue","value":"OVERDUE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TO_APPROVAL"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customersByOverdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"aging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeTodayQuery, OfficeTodayQueryVariables>;
export const OfficeTodayMoreRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeTodayMoreReminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"due"},"value":{"kind":"EnumValue","value":"OVERDUE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeTodayMoreRemindersQuery, OfficeTodayMoreRemindersQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticated"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"finances"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"batches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;