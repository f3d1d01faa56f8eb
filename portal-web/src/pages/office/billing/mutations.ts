/** The billing mutations the office's pages send (one document each, typed by codegen). */
import { graphql } from '../../../gql';

export const InvoiceCreate = graphql(`
  mutation OfficeInvoiceCreate($input: InvoiceCreateInput!) {
    invoiceCreate(input: $input) { invoice { id displayNumber status } userErrors { field code message } }
  }
`);

export const InvoiceIssue = graphql(`
  mutation OfficeInvoiceIssue($input: InvoiceIssueInput!) {
    invoiceIssue(input: $input) { invoice { id status issuedOn dueOn } userErrors { field code message } }
  }
`);

export const InvoiceVoid = graphql(`
  mutation OfficeInvoiceVoid($input: InvoiceVoidInput!) {
    invoiceVoid(input: $input) { invoice { id status balance { amount currency cents } } userErrors { field code message } }
  }
`);

export const InvoiceMarkBadDebt = graphql(`
  mutation OfficeInvoiceMarkBadDebt($input: InvoiceMarkBadDebtInput!) {
    invoiceMarkBadDebt(input: $input) { invoice { id status } userErrors { field code message } }
  }
`);

export const InvoiceCredit = graphql(`
  mutation OfficeInvoiceCredit($input: InvoiceCreditInput!) {
    invoiceCredit(input: $input) { credit { id displayNumber } invoice { id status } userErrors { field code message } }
  }
`);

export const PaymentRecord = graphql(`
  mutation OfficePaymentRecord($input: PaymentRecordInput!) {
    paymentRecord(input: $input) {
      transaction { id status amount { amount currency } allocations { id amount { amount currency } invoice { id displayNumber status } } }
      unappliedAmount { amount currency cents }
      userErrors { field code message }
    }
  }
`);

export const PaymentReview = graphql(`
  mutation OfficePaymentReview($input: PaymentReviewInput!) {
    paymentReview(input: $input) { transaction { id status note } userErrors { field code message } }
  }
`);

export const CorrectionAnswer = graphql(`
  mutation OfficeCorrectionAnswer($input: CorrectionRequestAnswerInput!) {
    correctionRequestAnswer(input: $input) {
      correctionRequest { id status answer answeredAt }
      userErrors { field code message }
    }
  }
`);

export const BatchCreate = graphql(`
  mutation OfficeBatchCreate($input: BatchCreateInput!) {
    batchCreate(input: $input) { batch { id number } userErrors { field code message } }
  }
`);
