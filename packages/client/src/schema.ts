// Generated from casebook’s /openapi.json by scripts/generate.mjs (openapi-typescript). Do not edit:
// run `pnpm --filter @casebook/client generate` after changing the API.

export interface paths {
  '/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register a customer
     * @description Roles: agent, supervisor (and admin). `customerId` may be left out of the body.
     */
    post: operations['RegisterCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/contact-details': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change contact details
     * @description Roles: agent, supervisor (and admin). `customerId` may be left out of the body.
     */
    post: operations['ChangeContactDetails'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/payment-method': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change the payment method (a token, never card data)
     * @description Roles: agent, supervisor (and admin). `customerId` may be left out of the body.
     */
    post: operations['ChangePaymentMethod'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/verify-identity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record an identity verification
     * @description Roles: agent, supervisor (and admin). `customerId` may be left out of the body.
     */
    post: operations['VerifyIdentity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/confirm-transaction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a confirmed transaction
     * @description Roles: agent, supervisor (and admin). `customerId` may be left out of the body.
     */
    post: operations['ConfirmTransaction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/erasure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Erase the customer's personal data (destroys their key); refused, and the refusal recorded, while a complaint is open, a retention period runs or a legal hold is set
     * @description Roles: admin (and admin). `customerId` may be left out of the body.
     */
    post: operations['RequestErasure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/legal-hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Place a legal hold: erasure is refused until it is released
     * @description Roles: admin (and admin). `customerId` may be left out of the body.
     */
    post: operations['PlaceLegalHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/release-legal-hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Release the legal hold
     * @description Roles: admin (and admin). `customerId` may be left out of the body.
     */
    post: operations['ReleaseLegalHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log a contact being handled
     * @description Roles: agent, supervisor (and admin). `interactionId` may be left out of the body.
     */
    post: operations['StartInteraction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interactions/{id}/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Queue a contact under this id (creates it)
     * @description Roles: agent, supervisor (and admin). `interactionId`, `interactionId` may be left out of the body.
     */
    post: operations['QueueInteraction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interactions/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * An agent accepts a queued contact
     * @description Roles: agent, supervisor (and admin). `interactionId` may be left out of the body.
     */
    post: operations['AcceptInteraction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interactions/{id}/hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Put on hold
     * @description Roles: agent, supervisor (and admin). `interactionId` may be left out of the body.
     */
    post: operations['PutInteractionOnHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interactions/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resume from hold
     * @description Roles: agent, supervisor (and admin). `interactionId` may be left out of the body.
     */
    post: operations['ResumeInteraction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interactions/{id}/link-complaint': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach to a complaint
     * @description Roles: agent, supervisor (and admin). `interactionId` may be left out of the body.
     */
    post: operations['LinkInteractionToComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interactions/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End with summary and talk/hold/wrap-up seconds
     * @description Roles: agent, supervisor (and admin). `interactionId` may be left out of the body.
     */
    post: operations['EndInteraction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * File a complaint (complaintId is made up when left out)
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['FileComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Acknowledge receipt
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['AcknowledgeComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assign an owner and team
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['AssignComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Transfer to another team; the owner stays
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['TransferComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/request-information': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask the customer for information
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['RequestInformation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/customer-reply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the customer's reply
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['RecordCustomerReply'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Put on hold
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['PutComplaintOnHold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resume from hold
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['ResumeComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/request-product-test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request a product test
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['RequestProductTest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/product-test-result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a product test's result
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['RecordProductTestResult'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/insurance-coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the insurance coverage decision
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['DetermineInsuranceCoverage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/claim-adjustment-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a claim adjustment review
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['ReviewClaimAdjustment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/notify-customer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Notify the customer
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['NotifyCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/holding-response': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a holding response
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['SendHoldingResponse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/final-response': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send the final response
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['SendFinalResponse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/root-cause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the root cause
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['RecordRootCause'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resolve
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['ResolveComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reopen a resolved complaint
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['ReopenComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close a resolved complaint: no refund in flight, no escalation or return open
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['CloseComplaint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/satisfaction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the customer's satisfaction
     * @description Roles: agent, supervisor (and admin). `complaintId` may be left out of the body.
     */
    post: operations['RecordSatisfaction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/escalations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Escalate a complaint (at most one open escalation per complaint)
     * @description Roles: agent, supervisor (and admin). `complaintId`, `escalationId` may be left out of the body.
     */
    post: operations['RaiseEscalation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request a refund for a complaint; over the requester’s approval limit it awaits a supervisor
     * @description Roles: agent, supervisor (and admin). `refundId` may be left out of the body.
     */
    post: operations['RequestRefund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/refunds/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a requested refund
     * @description Roles: supervisor (and admin). `refundId` may be left out of the body.
     */
    post: operations['ApproveRefund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/refunds/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a requested refund
     * @description Roles: supervisor (and admin). `refundId` may be left out of the body.
     */
    post: operations['RejectRefund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/refunds/{id}/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the money was sent
     * @description Roles: agent, supervisor (and admin). `refundId` may be left out of the body.
     */
    post: operations['IssueRefund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/refunds/{id}/settle': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the payment settled
     * @description Roles: agent, supervisor (and admin). `refundId` may be left out of the body.
     */
    post: operations['SettleRefund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/refunds/{id}/fail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the payment failed
     * @description Roles: agent, supervisor (and admin). `refundId` may be left out of the body.
     */
    post: operations['FailRefund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request a return of order lines (returnId is made up when left out); a complaint it names links it
     * @description Roles: agent, supervisor (and admin). `returnId` may be left out of the body.
     */
    post: operations['RequestReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/returns/{id}/authorise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Authorise within the return window: method, send-by, reference
     * @description Roles: agent, supervisor (and admin). `returnId` may be left out of the body.
     */
    post: operations['AuthoriseReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/returns/{id}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refuse: outside the window, not returnable, or fraud suspected
     * @description Roles: agent, supervisor (and admin). `returnId` may be left out of the body.
     */
    post: operations['RefuseReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/returns/{id}/ship': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the customer shipped the item: carrier and tracking
     * @description Roles: agent, supervisor (and admin). `returnId` may be left out of the body.
     */
    post: operations['ShipReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/returns/{id}/receive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record what arrived, per line; never more than authorised
     * @description Roles: warehouse (and admin). `returnId` may be left out of the body.
     */
    post: operations['ReceiveReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/returns/{id}/inspect': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record what inspection found, per line, with evidence
     * @description Roles: warehouse (and admin). `returnId` may be left out of the body.
     */
    post: operations['InspectReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/returns/{id}/open-claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open a carrier or insurance claim for transit damage
     * @description Roles: agent, supervisor (and admin). `returnId` may be left out of the body.
     */
    post: operations['OpenCarrierClaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/returns/{id}/dispose': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send inspected lines to restock, refurbish, scrap, vendor or customer
     * @description Roles: warehouse (and admin). `returnId` may be left out of the body.
     */
    post: operations['DisposeReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/returns/{id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resolve: refund (requests the refund on the complaint), exchange, repair, store credit or none
     * @description Roles: agent, supervisor (and admin). `returnId` may be left out of the body.
     */
    post: operations['ResolveReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/returns/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel at the customer’s request, before the item is received
     * @description Roles: agent, supervisor (and admin). `returnId` may be left out of the body.
     */
    post: operations['CancelReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/escalations/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take on an escalation
     * @description Roles: supervisor (and admin). `escalationId` may be left out of the body.
     */
    post: operations['AcknowledgeEscalation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/escalations/{id}/raise-level': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Raise the level (never lowers)
     * @description Roles: supervisor (and admin). `escalationId` may be left out of the body.
     */
    post: operations['RaiseEscalationLevel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/escalations/{id}/de-escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * De-escalate: closes the escalation
     * @description Roles: supervisor (and admin). `escalationId` may be left out of the body.
     */
    post: operations['DeEscalate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/escalations/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close with a resolution
     * @description Roles: supervisor (and admin). `escalationId` may be left out of the body.
     */
    post: operations['CloseEscalation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current state of one of the customers
     * @description Roles: agent, supervisor, auditor, service (and admin).
     */
    get: operations['get-customers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interactions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current state of one of the interactions
     * @description Roles: any.
     */
    get: operations['get-interactions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current state of one of the complaints
     * @description Roles: any.
     */
    get: operations['get-complaints'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/refunds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current state of one of the refunds
     * @description Roles: any.
     */
    get: operations['get-refunds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/returns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current state of one of the returns
     * @description Roles: any.
     */
    get: operations['get-returns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/escalations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current state of one of the escalations
     * @description Roles: any.
     */
    get: operations['get-escalations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Complaints with their SLA breaches
     * @description Roles: analyst, auditor, supervisor (and admin). Keyset pages (limit, cursor); format=csv exports every matching row.
     */
    get: operations['report-complaints'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/complaints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One complaint
     * @description Roles: analyst, auditor, supervisor (and admin).
     */
    get: operations['report-complaints-row'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Customer 360: contacts, complaints, refunds, at risk
     * @description Roles: analyst, auditor, supervisor (and admin). Keyset pages (limit, cursor); format=csv exports every matching row.
     */
    get: operations['report-customers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/customers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One customer
     * @description Roles: analyst, auditor, supervisor (and admin).
     */
    get: operations['report-customers-row'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The refund ledger
     * @description Roles: analyst, auditor, supervisor (and admin). Keyset pages (limit, cursor); format=csv exports every matching row.
     */
    get: operations['report-refunds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/interactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Interactions with their handling times
     * @description Roles: analyst, auditor, supervisor (and admin). Keyset pages (limit, cursor); format=csv exports every matching row.
     */
    get: operations['report-interactions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Returns with their timings, resolution, refund and lines
     * @description Roles: analyst, auditor, supervisor (and admin). Keyset pages (limit, cursor); format=csv exports every matching row.
     */
    get: operations['report-returns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Service metrics per period, team and agent
     * @description Roles: analyst, auditor, supervisor (and admin). First reply and resolution times, first-contact resolution, handle time, reopen, escalation and transfer rates, SLA attainment and satisfaction, judged now.
     */
    get: operations['report-metrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/backlog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The open backlog by age
     * @description Roles: analyst, auditor, supervisor (and admin). Complaints neither resolved nor closed, counted by days since filing at the request’s instant.
     */
    get: operations['report-backlog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/refunds/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Refund counts and amounts by reason, currency, status and month
     * @description Roles: analyst, auditor, supervisor (and admin). Refunds requested in [from, to); amounts are summed per currency, as strings.
     */
    get: operations['report-refunds-summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/returns/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Returned lines by SKU, category, reason, outcome, disposition, carrier, resolution and month
     * @description Roles: analyst, auditor, supervisor (and admin). Returns requested in [from, to), line by line: returns (each once per group), units and value asked back and inspected, refunds and the mean days to them; values per currency, as strings.
     */
    get: operations['report-returns-summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/clocks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every regulatory deadline of one complaint: due, met, status
     * @description Roles: agent, supervisor, auditor (and admin). Replays the complaint and judges its clocks at the server’s clock under the policy version its regime and filing instant select. See docs/audit.md.
     */
    get: operations['get-complaint-clocks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/clocks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Regulatory clocks across complaints: milestones due in a period by outcome, and the breaches
     * @description Roles: analyst, auditor, supervisor (and admin). From the complaints model, judged at the server’s clock. See docs/reporting.md.
     */
    get: operations['report-clocks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every event of one of the customers, in order, paged
     * @description Roles: auditor, supervisor (and admin).
     */
    get: operations['history-customers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interactions/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every event of one of the interactions, in order, paged
     * @description Roles: auditor, supervisor (and admin).
     */
    get: operations['history-interactions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every event of a complaint and of its refunds, escalations, returns and interactions, in global order, paged
     * @description Roles: auditor, supervisor (and admin).
     */
    get: operations['history-complaints'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/refunds/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every event of one of the refunds, in order, paged
     * @description Roles: auditor, supervisor (and admin).
     */
    get: operations['history-refunds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/returns/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every event of one of the returns, in order, paged
     * @description Roles: auditor, supervisor (and admin).
     */
    get: operations['history-returns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/escalations/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every event of one of the escalations, in order, paged
     * @description Roles: auditor, supervisor (and admin).
     */
    get: operations['history-escalations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/streams/{streamId}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Recompute a stream’s hash chain and report the first broken link
     * @description Roles: auditor, supervisor (and admin). A broken chain is a 200 with ok: false.
     */
    get: operations['verify-stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The outbound messages about a complaint and their delivery status
     * @description Roles: agent, supervisor, auditor (and admin).
     */
    get: operations['complaint-notifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/outbox/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Messages given up on, newest first
     * @description Roles: admin.
     */
    get: operations['outbox-dead-letters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/outbox/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a dead letter again (its attempts start afresh; the key stays)
     * @description Roles: admin.
     */
    post: operations['outbox-retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/payments/callbacks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A payment provider reports that a refund settled or failed
     * @description No bearer token: the provider signs the raw body. `Casebook-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with PAYMENTS_CALLBACK_SECRET; a timestamp further from now than PAYMENTS_CALLBACK_TOLERANCE_SECONDS is refused. Any answer but 2xx makes the provider send it again.
     */
    post: operations['payment-callback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The process answers */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description ok */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The database answers */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description ok */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not ready */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics: the log head and each read model checkpoint and lag */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/plain; version=0.0.4 */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': unknown;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Problem: {
      type: string;
      title: string;
      status: number;
      detail?: string;
      code: string;
      errors?: {
        path?: string;
        reason?: string;
      }[];
    };
    ComplaintsReportRow: {
      complaintId: string;
      customerId: string | null;
      /** @enum {string|null} */
      status: 'open' | 'awaiting_customer' | 'on_hold' | 'resolved' | 'closed' | null;
      ownerId: string | null;
      team: string | null;
      /** @enum {string|null} */
      channel: 'phone' | 'email' | 'chat' | 'sms' | 'social' | 'fax' | 'mail' | 'in_person' | 'web' | null;
      category: string | null;
      /** @enum {string|null} */
      priority: 'low' | 'medium' | 'high' | 'urgent' | null;
      /** @enum {string|null} */
      regime: 'FCA_DISP' | 'CFPB' | 'NONE' | null;
      /** Format: date-time */
      filedAt: string | null;
      /** Format: date-time */
      acknowledgedAt: string | null;
      /** Format: date-time */
      firstResponseAt: string | null;
      /** Format: date-time */
      finalResponseAt: string | null;
      /** Format: date-time */
      resolvedAt: string | null;
      /** Format: date-time */
      firstResolvedAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      escalationCount: number | null;
      escalationLevel: number | null;
      refundCount: number | null;
      /** @description an integer, as a string */
      refundTotalMinor: string | null;
      refundCurrency: string | null;
      reopenCount: number | null;
      transferCount: number | null;
      /** @enum {string|null} */
      satisfaction: 'good' | 'bad' | null;
      /** Format: date-time */
      satisfactionAt: string | null;
      /** Format: date-time */
      firstResponseDueAt: string | null;
      /** Format: date-time */
      finalResponseDueAt: string | null;
      /** Format: date-time */
      resolutionDueAt: string | null;
      /** Format: date-time */
      summaryResolutionDueAt: string | null;
      slaPolicy: string | null;
      slaBreachCount: number | null;
      /** Format: date-time */
      firstBreachedAt: string | null;
      firstResponseBreached: boolean | null;
      finalResponseBreached: boolean | null;
      resolutionBreached: boolean | null;
      breached: boolean | null;
      /** @description an integer, as a string */
      lastEventPosition: string | null;
    };
    CustomersReportRow: {
      customerId: string;
      /** Format: date-time */
      registeredAt: string | null;
      contactsTotal: number | null;
      contactsPhone: number | null;
      contactsEmail: number | null;
      contactsChat: number | null;
      contactsSms: number | null;
      contactsSocial: number | null;
      contactsFax: number | null;
      contactsMail: number | null;
      contactsInPerson: number | null;
      contactsWeb: number | null;
      /** Format: date-time */
      lastContactAt: string | null;
      complaintsTotal: number | null;
      complaintsOpen: number | null;
      /** Format: date-time */
      lastComplaintAt: string | null;
      /** Format: date-time */
      previousComplaintAt: string | null;
      reopenCount: number | null;
      refundCount: number | null;
      /** @description an integer, as a string */
      refundTotalMinor: string | null;
      refundCurrency: string | null;
      returnCount: number | null;
      /** @description an integer, as a string */
      returnValueMinor: string | null;
      returnCurrency: string | null;
      /** @enum {string|null} */
      latestSatisfaction: 'good' | 'bad' | null;
      /** Format: date-time */
      latestSatisfactionAt: string | null;
      atRisk: boolean | null;
      /** @description an integer, as a string */
      lastEventPosition: string | null;
    };
    RefundsReportRow: {
      refundId: string;
      complaintId: string | null;
      customerId: string | null;
      /** @enum {string|null} */
      kind: 'refund' | 'bill_adjustment' | 'account_credit' | null;
      /** @enum {string|null} */
      reason:
        | 'duplicate'
        | 'fraudulent'
        | 'requested_by_customer'
        | 'damaged_in_transit'
        | 'lost_item'
        | 'defective_product'
        | 'service_failure'
        | 'billing_error'
        | 'goodwill'
        | null;
      currency: string | null;
      /** @description an integer, as a string */
      amountMinor: string | null;
      /** @enum {string|null} */
      status: 'requested' | 'approved' | 'rejected' | 'issued' | 'settled' | 'failed' | null;
      requiresSupervisorApproval: boolean | null;
      requestedBy: string | null;
      /** Format: date-time */
      requestedAt: string | null;
      /** Format: date-time */
      approvedAt: string | null;
      /** Format: date-time */
      rejectedAt: string | null;
      /** Format: date-time */
      issuedAt: string | null;
      /** Format: date-time */
      settledAt: string | null;
      /** Format: date-time */
      failedAt: string | null;
      /** @description an integer, as a string */
      lastEventPosition: string | null;
    };
    InteractionsReportRow: {
      interactionId: string;
      customerId: string | null;
      /** @enum {string|null} */
      channel: 'phone' | 'email' | 'chat' | 'sms' | 'social' | 'fax' | 'mail' | 'in_person' | 'web' | null;
      /** @enum {string|null} */
      direction: 'inbound' | 'outbound' | null;
      agentId: string | null;
      complaintId: string | null;
      /** @enum {string|null} */
      status: 'queued' | 'active' | 'on_hold' | 'ended' | null;
      /** Format: date-time */
      queuedAt: string | null;
      /** Format: date-time */
      acceptedAt: string | null;
      /** Format: date-time */
      startedAt: string | null;
      /** Format: date-time */
      endedAt: string | null;
      talkSeconds: number | null;
      holdSeconds: number | null;
      wrapUpSeconds: number | null;
      /** @description an integer, as a string */
      lastEventPosition: string | null;
    };
    ReturnsReportRow: {
      returnId: string;
      customerId: string | null;
      complaintId: string | null;
      orderReference: string | null;
      /** @enum {string|null} */
      reason:
        | 'damaged_in_transit'
        | 'defective'
        | 'not_as_described'
        | 'wrong_item'
        | 'missing_parts'
        | 'changed_mind'
        | 'late_delivery'
        | null;
      /** @enum {string|null} */
      channel: 'phone' | 'email' | 'chat' | 'sms' | 'social' | 'fax' | 'mail' | 'in_person' | 'web' | null;
      /** @enum {string|null} */
      status:
        | 'requested'
        | 'authorised'
        | 'refused'
        | 'shipped'
        | 'received'
        | 'inspected'
        | 'resolved'
        | 'closed'
        | 'cancelled'
        | 'expired'
        | null;
      currency: string | null;
      quantity: number | null;
      /** @description an integer, as a string */
      valueMinor: string | null;
      carrier: string | null;
      /** Format: date-time */
      requestedAt: string | null;
      /** Format: date-time */
      authorisedAt: string | null;
      /** Format: date-time */
      receivedAt: string | null;
      /** Format: date-time */
      resolvedAt: string | null;
      /** Format: date-time */
      endedAt: string | null;
      daysToAuthorisation: number | null;
      daysToReceipt: number | null;
      daysToResolution: number | null;
      /** @enum {string|null} */
      resolution: 'refund' | 'exchange' | 'repair' | 'store_credit' | 'none' | null;
      refundId: string | null;
      /** @description an integer, as a string */
      refundMinor: string | null;
      /** @description an integer, as a string */
      refundableMinor: string | null;
      /** @description an integer, as a string */
      restockingFeeMinor: string | null;
      lines: string | null;
      /** @description an integer, as a string */
      lastEventPosition: string | null;
    };
    HistoryEntry: {
      /** Format: uuid */
      eventId: string;
      type: string;
      schemaVersion?: number;
      /** @description the event payload as stored */
      data: Record<string, never>;
      actor: {
        id?: string;
        /** @description the role the caller acted in */
        kind?: string;
        onBehalfOf?: {
          kind?: string;
          id?: string;
        } | null;
      };
      channel?: string | null;
      /**
       * Format: date-time
       * @description when the command says it happened
       */
      occurredAt: string;
      /**
       * Format: date-time
       * @description when the store recorded it
       */
      recordedAt: string;
      correlationId?: string;
      causationId?: string;
      streamId: string;
      streamPosition?: number;
      globalPosition: number;
      /** @description the event's link in its stream's SHA-256 chain, hex */
      hash: string;
    };
    OutboxMessage: {
      /** @description the outbox row id (digits) */
      id: string;
      /** @description the idempotency key receivers see */
      key: string;
      process?: string;
      topic: string;
      recipient: {
        /** @enum {unknown} */
        kind?: 'customer' | 'staff';
        customerId?: string;
        actorId?: string;
      };
      complaintId?: string | null;
      subject?: string;
      /** @enum {unknown} */
      status: 'pending' | 'delivered' | 'dead';
      /** @description the transport of the last attempt */
      transport?: string | null;
      attempts: number;
      lastError?: string | null;
      /**
       * Format: date-time
       * @description while pending
       */
      nextAttemptAt?: string | null;
      /** Format: date-time */
      deliveredAt?: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  RegisterCustomer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description CustomerId: expected an id (1-128 characters: letters, digits, _ . : -) */
          customerId?: string;
          /** @description PersonName: expected a non-empty string of at most 200 characters */
          name: string;
          /** @description Email: expected an email address */
          email: string;
          /** @description Phone: expected a phone number such as +44 20 7946 0000 */
          phone?: string;
          /** @description PostalAddress */
          address?: {
            /** @description Label: expected a non-empty string of at most 200 characters */
            line1: string;
            /** @description Label: expected a non-empty string of at most 200 characters */
            city: string;
            /** @description Label: expected a non-empty string of at most 200 characters */
            postcode: string;
            /** @description CountryCode: expected an ISO 3166 alpha-2 country code */
            country: string;
            /** @description Label: expected a non-empty string of at most 200 characters */
            line2?: string;
            /** @description Label: expected a non-empty string of at most 200 characters */
            region?: string;
          };
        };
      };
    };
    responses: {
      /** @description Created: Location and ETag headers */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ChangeContactDetails: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description CustomerId: expected an id (1-128 characters: letters, digits, _ . : -) */
          customerId?: string;
          /** @description PersonName: expected a non-empty string of at most 200 characters */
          name?: string;
          /** @description Email: expected an email address */
          email?: string;
          /** @description Phone: expected a phone number such as +44 20 7946 0000 */
          phone?: string;
          /** @description PostalAddress */
          address?: {
            /** @description Label: expected a non-empty string of at most 200 characters */
            line1: string;
            /** @description Label: expected a non-empty string of at most 200 characters */
            city: string;
            /** @description Label: expected a non-empty string of at most 200 characters */
            postcode: string;
            /** @description CountryCode: expected an ISO 3166 alpha-2 country code */
            country: string;
            /** @description Label: expected a non-empty string of at most 200 characters */
            line2?: string;
            /** @description Label: expected a non-empty string of at most 200 characters */
            region?: string;
          };
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ChangePaymentMethod: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description CustomerId: expected an id (1-128 characters: letters, digits, _ . : -) */
          customerId?: string;
          /** @description NotCardData: expected a non-empty string of at most 200 characters */
          token: string;
          /** @description NotCardData: expected a non-empty string of at most 200 characters */
          maskedLabel: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VerifyIdentity: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description CustomerId: expected an id (1-128 characters: letters, digits, _ . : -) */
          customerId?: string;
          /** @enum {string} */
          method: 'document' | 'knowledge_based' | 'biometric' | 'in_person';
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ConfirmTransaction: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description CustomerId: expected an id (1-128 characters: letters, digits, _ . : -) */
          customerId?: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          transactionId: string;
          /** @description PositiveMoney */
          amount: {
            /** @description PositiveInt: expected a positive integer */
            minor: number;
            /** @description Currency: expected an ISO 4217 currency code such as GBP */
            currency: string;
          };
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RequestErasure: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description CustomerId: expected an id (1-128 characters: letters, digits, _ . : -) */
          customerId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          reason: string;
          /** @enum {string} */
          legalBasis:
            | 'no_longer_necessary'
            | 'consent_withdrawn'
            | 'objection'
            | 'unlawful_processing'
            | 'legal_obligation'
            | 'child_consent';
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PlaceLegalHold: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description CustomerId: expected an id (1-128 characters: letters, digits, _ . : -) */
          customerId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          reason: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          reference: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReleaseLegalHold: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description CustomerId: expected an id (1-128 characters: letters, digits, _ . : -) */
          customerId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          reason: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  StartInteraction: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description InteractionId: expected an id (1-128 characters: letters, digits, _ . : -) */
          interactionId?: string;
          /** @description CustomerId: expected an id (1-128 characters: letters, digits, _ . : -) */
          customerId: string;
          /** @enum {string} */
          channel: 'phone' | 'email' | 'chat' | 'sms' | 'social' | 'fax' | 'mail' | 'in_person' | 'web';
          /** @enum {string} */
          direction: 'inbound' | 'outbound';
          /** @description ActorId: expected an id (1-128 characters: letters, digits, _ . : -) */
          agentId: string;
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
        };
      };
    };
    responses: {
      /** @description Created: Location and ETag headers */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  QueueInteraction: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description InteractionId: expected an id (1-128 characters: letters, digits, _ . : -) */
          interactionId?: string;
          /** @description CustomerId: expected an id (1-128 characters: letters, digits, _ . : -) */
          customerId: string;
          /** @enum {string} */
          channel: 'phone' | 'email' | 'chat' | 'sms' | 'social' | 'fax' | 'mail' | 'in_person' | 'web';
          /** @enum {string} */
          direction: 'inbound' | 'outbound';
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
        };
      };
    };
    responses: {
      /** @description Created: Location and ETag headers */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AcceptInteraction: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description InteractionId: expected an id (1-128 characters: letters, digits, _ . : -) */
          interactionId?: string;
          /** @description ActorId: expected an id (1-128 characters: letters, digits, _ . : -) */
          agentId: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PutInteractionOnHold: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description InteractionId: expected an id (1-128 characters: letters, digits, _ . : -) */
          interactionId?: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResumeInteraction: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description InteractionId: expected an id (1-128 characters: letters, digits, _ . : -) */
          interactionId?: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  LinkInteractionToComplaint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description InteractionId: expected an id (1-128 characters: letters, digits, _ . : -) */
          interactionId?: string;
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  EndInteraction: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description InteractionId: expected an id (1-128 characters: letters, digits, _ . : -) */
          interactionId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          summary: string;
          /** @description NonNegativeInt: expected a non-negative integer */
          talkSeconds: number;
          /** @description NonNegativeInt: expected a non-negative integer */
          holdSeconds: number;
          /** @description NonNegativeInt: expected a non-negative integer */
          wrapUpSeconds: number;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  FileComplaint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description CustomerId: expected an id (1-128 characters: letters, digits, _ . : -) */
          customerId: string;
          /** @enum {string} */
          channel: 'phone' | 'email' | 'chat' | 'sms' | 'social' | 'fax' | 'mail' | 'in_person' | 'web';
          /** @description Label: expected a non-empty string of at most 200 characters */
          category: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          description: string;
          /** @description Money */
          amountPaid: {
            /** @description NonNegativeInt: expected a non-negative integer */
            minor: number;
            /** @description Currency: expected an ISO 4217 currency code such as GBP */
            currency: string;
          };
          /** @enum {string} */
          priority: 'low' | 'medium' | 'high' | 'urgent';
          /** @enum {string} */
          regime: 'FCA_DISP' | 'CFPB' | 'NONE';
          /** @description Label: expected a non-empty string of at most 200 characters */
          orderReference?: string;
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          relatedComplaintId?: string;
        };
      };
    };
    responses: {
      /** @description Created: Location and ETag headers */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AcknowledgeComplaint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AssignComplaint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description ActorId: expected an id (1-128 characters: letters, digits, _ . : -) */
          ownerId: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          team: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  TransferComplaint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          toTeam: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          reason: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RequestInformation: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          requestId: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          question: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RecordCustomerReply: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          requestId: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          reply: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PutComplaintOnHold: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          reason: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResumeComplaint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RequestProductTest: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          testId: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          product: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          instructions: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RecordProductTestResult: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          testId: string;
          /** @enum {string} */
          result: 'defect_confirmed' | 'no_defect_found' | 'inconclusive';
          /** @description Text: expected a non-empty string of at most 10000 characters */
          notes: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DetermineInsuranceCoverage: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description Bool: expected true or false */
          covered: boolean;
          /** @description Label: expected a non-empty string of at most 200 characters */
          insurer?: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          policyReference?: string;
          /** @description Money */
          coveredAmount?: {
            /** @description NonNegativeInt: expected a non-negative integer */
            minor: number;
            /** @description Currency: expected an ISO 4217 currency code such as GBP */
            currency: string;
          };
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReviewClaimAdjustment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          claimReference: string;
          /** @enum {string} */
          decision: 'approved' | 'adjusted' | 'denied';
          /** @description Text: expected a non-empty string of at most 10000 characters */
          notes: string;
          /** @description Money */
          adjustedAmount?: {
            /** @description NonNegativeInt: expected a non-negative integer */
            minor: number;
            /** @description Currency: expected an ISO 4217 currency code such as GBP */
            currency: string;
          };
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  NotifyCustomer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          notificationId: string;
          /** @enum {string} */
          kind: 'shipment' | 'refund_sent' | 'progress';
          /** @description Text: expected a non-empty string of at most 10000 characters */
          message: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SendHoldingResponse: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          message: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SendFinalResponse: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @enum {string} */
          outcome: 'upheld' | 'partially_upheld' | 'rejected';
          /** @description Bool: expected true or false */
          referralRightsStated: boolean;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          message: string;
          /** @description Money */
          redressOffered?: {
            /** @description NonNegativeInt: expected a non-negative integer */
            minor: number;
            /** @description Currency: expected an ISO 4217 currency code such as GBP */
            currency: string;
          };
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RecordRootCause: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          category: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          description: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolveComplaint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          resolution: string;
          /** @description Bool: expected true or false */
          summaryResolution?: boolean;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReopenComplaint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          reason: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CloseComplaint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RecordSatisfaction: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @enum {string} */
          rating: 'good' | 'bad';
          /** @description Text: expected a non-empty string of at most 10000 characters */
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RaiseEscalation: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description EscalationId: expected an id (1-128 characters: letters, digits, _ . : -) */
          escalationId?: string;
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description EscalationLevel: expected a level 1 (senior agent) to 4 (complaints team) */
          level: number;
          /** @enum {string} */
          trigger: 'manual' | 'sla_breach';
          /** @description Text: expected a non-empty string of at most 10000 characters */
          reason: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          cause?: string;
        };
      };
    };
    responses: {
      /** @description Created: Location and ETag headers */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RequestRefund: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description RefundId: expected an id (1-128 characters: letters, digits, _ . : -) */
          refundId?: string;
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId: string;
          /** @enum {string} */
          kind: 'refund' | 'bill_adjustment' | 'account_credit';
          /** @description Label: expected a non-empty string of at most 200 characters */
          paymentReference: string;
          /** @description PositiveMoney */
          amount: {
            /** @description PositiveInt: expected a positive integer */
            minor: number;
            /** @description Currency: expected an ISO 4217 currency code such as GBP */
            currency: string;
          };
          /** @enum {string} */
          reason:
            | 'duplicate'
            | 'fraudulent'
            | 'requested_by_customer'
            | 'damaged_in_transit'
            | 'lost_item'
            | 'defective_product'
            | 'service_failure'
            | 'billing_error'
            | 'goodwill';
        };
      };
    };
    responses: {
      /** @description Created: Location and ETag headers */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ApproveRefund: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description RefundId: expected an id (1-128 characters: letters, digits, _ . : -) */
          refundId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          note?: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RejectRefund: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description RefundId: expected an id (1-128 characters: letters, digits, _ . : -) */
          refundId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          reason: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  IssueRefund: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description RefundId: expected an id (1-128 characters: letters, digits, _ . : -) */
          refundId?: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          providerReference: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SettleRefund: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description RefundId: expected an id (1-128 characters: letters, digits, _ . : -) */
          refundId?: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  FailRefund: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description RefundId: expected an id (1-128 characters: letters, digits, _ . : -) */
          refundId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          failureReason: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RequestReturn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ReturnId: expected an id (1-128 characters: letters, digits, _ . : -) */
          returnId?: string;
          /** @description CustomerId: expected an id (1-128 characters: letters, digits, _ . : -) */
          customerId: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          orderReference: string;
          /** @description Instant: expected an ISO-8601 UTC instant such as 2024-03-01T09:30:00Z */
          deliveredAt: string;
          /** @description at least one line, each sku at most once */
          lines: {
            /** @description Label: expected a non-empty string of at most 200 characters */
            sku: string;
            /** @description Label: expected a non-empty string of at most 200 characters */
            description: string;
            /** @description Label: expected a non-empty string of at most 200 characters */
            category: string;
            /** @description PositiveInt: expected a positive integer */
            quantity: number;
            /** @description PositiveMoney */
            unitPrice: {
              /** @description PositiveInt: expected a positive integer */
              minor: number;
              /** @description Currency: expected an ISO 4217 currency code such as GBP */
              currency: string;
            };
          }[];
          /** @enum {string} */
          reason:
            | 'damaged_in_transit'
            | 'defective'
            | 'not_as_described'
            | 'wrong_item'
            | 'missing_parts'
            | 'changed_mind'
            | 'late_delivery';
          /** @enum {string} */
          channel: 'phone' | 'email' | 'chat' | 'sms' | 'social' | 'fax' | 'mail' | 'in_person' | 'web';
          /** @description ComplaintId: expected an id (1-128 characters: letters, digits, _ . : -) */
          complaintId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          note?: string;
        };
      };
    };
    responses: {
      /** @description Created: Location and ETag headers */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuthoriseReturn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ReturnId: expected an id (1-128 characters: letters, digits, _ . : -) */
          returnId?: string;
          /** @enum {string} */
          method: 'prepaid_label' | 'drop_off' | 'courier_pickup';
          /** @description Instant: expected an ISO-8601 UTC instant such as 2024-03-01T09:30:00Z */
          sendBy: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          returnReference: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RefuseReturn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ReturnId: expected an id (1-128 characters: letters, digits, _ . : -) */
          returnId?: string;
          /** @enum {string} */
          refusal: 'outside_return_window' | 'item_not_returnable' | 'fraud_suspected';
          /** @description Text: expected a non-empty string of at most 10000 characters */
          reason: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ShipReturn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ReturnId: expected an id (1-128 characters: letters, digits, _ . : -) */
          returnId?: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          carrier: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          trackingNumber: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ReceiveReturn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ReturnId: expected an id (1-128 characters: letters, digits, _ . : -) */
          returnId?: string;
          /** @description at least one line, each sku at most once */
          lines: {
            /** @description Label: expected a non-empty string of at most 200 characters */
            sku: string;
            /** @description NonNegativeInt: expected a non-negative integer */
            quantity: number;
            /** @enum {string} */
            condition: 'sealed' | 'opened' | 'used' | 'damaged' | 'incomplete';
          }[];
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  InspectReturn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ReturnId: expected an id (1-128 characters: letters, digits, _ . : -) */
          returnId?: string;
          /** @description at least one line, each sku at most once */
          lines: {
            /** @description Label: expected a non-empty string of at most 200 characters */
            sku: string;
            /** @description NonNegativeInt: expected a non-negative integer */
            quantity: number;
            /** @enum {string} */
            outcome:
              | 'as_described'
              | 'damaged_in_transit'
              | 'defective_confirmed'
              | 'not_as_described'
              | 'customer_damage'
              | 'missing_parts'
              | 'not_received';
            /** @description Text: expected a non-empty string of at most 10000 characters */
            notes?: string;
          }[];
          evidence?: string[];
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OpenCarrierClaim: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ReturnId: expected an id (1-128 characters: letters, digits, _ . : -) */
          returnId?: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          claimReference: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          carrier: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          note?: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DisposeReturn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ReturnId: expected an id (1-128 characters: letters, digits, _ . : -) */
          returnId?: string;
          /** @description at least one line, each sku at most once */
          lines: {
            /** @description Label: expected a non-empty string of at most 200 characters */
            sku: string;
            /** @enum {string} */
            disposition: 'restock' | 'refurbish' | 'scrap' | 'return_to_customer' | 'send_to_vendor';
          }[];
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ResolveReturn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ReturnId: expected an id (1-128 characters: letters, digits, _ . : -) */
          returnId?: string;
          /** @enum {string} */
          resolution: 'refund' | 'exchange' | 'repair' | 'store_credit' | 'none';
          /** @description ReturnRefund */
          refund?: {
            /** @description RefundId: expected an id (1-128 characters: letters, digits, _ . : -) */
            refundId: string;
            /** @description PositiveMoney */
            amount: {
              /** @description PositiveInt: expected a positive integer */
              minor: number;
              /** @description Currency: expected an ISO 4217 currency code such as GBP */
              currency: string;
            };
            /** @description Label: expected a non-empty string of at most 200 characters */
            paymentReference: string;
          };
          /** @description Label: expected a non-empty string of at most 200 characters */
          exchangeOrderReference?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          note?: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CancelReturn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description ReturnId: expected an id (1-128 characters: letters, digits, _ . : -) */
          returnId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AcknowledgeEscalation: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description EscalationId: expected an id (1-128 characters: letters, digits, _ . : -) */
          escalationId?: string;
          /** @description ActorId: expected an id (1-128 characters: letters, digits, _ . : -) */
          assigneeId: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RaiseEscalationLevel: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description EscalationId: expected an id (1-128 characters: letters, digits, _ . : -) */
          escalationId?: string;
          /** @description EscalationLevel: expected a level 1 (senior agent) to 4 (complaints team) */
          toLevel: number;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          reason: string;
          /** @description Label: expected a non-empty string of at most 200 characters */
          cause?: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DeEscalate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description EscalationId: expected an id (1-128 characters: letters, digits, _ . : -) */
          escalationId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          reason: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CloseEscalation: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retries with the same key and body replay the first answer */
        'Idempotency-Key'?: string;
        /** @description W/"<version>" from an ETag: refuse (412) if the resource changed */
        'If-Match'?: string;
        /** @description Carried into every event and log line; made up when absent */
        'X-Correlation-Id'?: string;
        /** @description Services only: the agent the service acts for */
        'X-On-Behalf-Of'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description EscalationId: expected an id (1-128 characters: letters, digits, _ . : -) */
          escalationId?: string;
          /** @description Text: expected a non-empty string of at most 10000 characters */
          resolution: string;
        };
      };
    };
    responses: {
      /** @description Done: the new ETag */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A conflict retries could not settle */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Stale If-Match */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not application/json */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A business rule refused it (code = the domain error tag) or a reused Idempotency-Key */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'get-customers': {
    parameters: {
      query?: {
        /** @description the state as of this UTC instant (no ETag then); absent: the current state */
        asOf?: string;
        /** @description only with asOf (recorded when absent). recorded: what the store held then; occurred: the facts that had happened by then (backdated ones included) */
        timeline?: 'recorded' | 'occurred';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Current state; ETag W/"<version>". With asOf: the state then, its asOf and timeline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
            state: {
              status: string;
            };
            /** Format: date-time */
            asOf?: string;
            /** @enum {string} */
            timeline?: 'recorded' | 'occurred';
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'get-interactions': {
    parameters: {
      query?: {
        /** @description the state as of this UTC instant (no ETag then); absent: the current state */
        asOf?: string;
        /** @description only with asOf (recorded when absent). recorded: what the store held then; occurred: the facts that had happened by then (backdated ones included) */
        timeline?: 'recorded' | 'occurred';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Current state; ETag W/"<version>". With asOf: the state then, its asOf and timeline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
            state: {
              status: string;
            };
            /** Format: date-time */
            asOf?: string;
            /** @enum {string} */
            timeline?: 'recorded' | 'occurred';
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'get-complaints': {
    parameters: {
      query?: {
        /** @description the state as of this UTC instant (no ETag then); absent: the current state */
        asOf?: string;
        /** @description only with asOf (recorded when absent). recorded: what the store held then; occurred: the facts that had happened by then (backdated ones included) */
        timeline?: 'recorded' | 'occurred';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Current state; ETag W/"<version>". With asOf: the state then, its asOf and timeline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
            state: {
              status: string;
            };
            /** Format: date-time */
            asOf?: string;
            /** @enum {string} */
            timeline?: 'recorded' | 'occurred';
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'get-refunds': {
    parameters: {
      query?: {
        /** @description the state as of this UTC instant (no ETag then); absent: the current state */
        asOf?: string;
        /** @description only with asOf (recorded when absent). recorded: what the store held then; occurred: the facts that had happened by then (backdated ones included) */
        timeline?: 'recorded' | 'occurred';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Current state; ETag W/"<version>". With asOf: the state then, its asOf and timeline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
            state: {
              status: string;
            };
            /** Format: date-time */
            asOf?: string;
            /** @enum {string} */
            timeline?: 'recorded' | 'occurred';
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'get-returns': {
    parameters: {
      query?: {
        /** @description the state as of this UTC instant (no ETag then); absent: the current state */
        asOf?: string;
        /** @description only with asOf (recorded when absent). recorded: what the store held then; occurred: the facts that had happened by then (backdated ones included) */
        timeline?: 'recorded' | 'occurred';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Current state; ETag W/"<version>". With asOf: the state then, its asOf and timeline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
            state: {
              status: string;
            };
            /** Format: date-time */
            asOf?: string;
            /** @enum {string} */
            timeline?: 'recorded' | 'occurred';
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'get-escalations': {
    parameters: {
      query?: {
        /** @description the state as of this UTC instant (no ETag then); absent: the current state */
        asOf?: string;
        /** @description only with asOf (recorded when absent). recorded: what the store held then; occurred: the facts that had happened by then (backdated ones included) */
        timeline?: 'recorded' | 'occurred';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Current state; ETag W/"<version>". With asOf: the state then, its asOf and timeline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
            state: {
              status: string;
            };
            /** Format: date-time */
            asOf?: string;
            /** @enum {string} */
            timeline?: 'recorded' | 'occurred';
          };
        };
      };
      /** @description Invalid input: every invalid field with its path and reason */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'report-complaints': {
    parameters: {
      query?: {
        /** @description complaintId equals one of these (comma-separated) */
        complaintId?: string[];
        /** @description customerId equals one of these (comma-separated) */
        customerId?: string[];
        /** @description status equals one of these (comma-separated) */
        status?: ('open' | 'awaiting_customer' | 'on_hold' | 'resolved' | 'closed')[];
        /** @description ownerId equals one of these (comma-separated) */
        ownerId?: string[];
        /** @description team equals one of these (comma-separated) */
        team?: string[];
        /** @description channel equals one of these (comma-separated) */
        channel?: ('phone' | 'email' | 'chat' | 'sms' | 'social' | 'fax' | 'mail' | 'in_person' | 'web')[];
        /** @description category equals one of these (comma-separated) */
        category?: string[];
        /** @description priority equals one of these (comma-separated) */
        priority?: ('low' | 'medium' | 'high' | 'urgent')[];
        /** @description regime equals one of these (comma-separated) */
        regime?: ('FCA_DISP' | 'CFPB' | 'NONE')[];
        /** @description satisfaction equals one of these (comma-separated) */
        satisfaction?: ('good' | 'bad')[];
        /** @description refundCurrency equals one of these (comma-separated) */
        refundCurrency?: string[];
        /** @description filedAt at or after this instant */
        filedFrom?: string;
        /** @description filedAt before this instant */
        filedTo?: string;
        /** @description acknowledgedAt at or after this instant */
        acknowledgedFrom?: string;
        /** @description acknowledgedAt before this instant */
        acknowledgedTo?: string;
        /** @description firstResponseAt at or after this instant */
        firstResponseFrom?: string;
        /** @description firstResponseAt before this instant */
        firstResponseTo?: string;
        /** @description finalResponseAt at or after this instant */
        finalResponseFrom?: string;
        /** @description finalResponseAt before this instant */
        finalResponseTo?: string;
        /** @description resolvedAt at or after this instant */
        resolvedFrom?: string;
        /** @description resolvedAt before this instant */
        resolvedTo?: string;
        /** @description closedAt at or after this instant */
        closedFrom?: string;
        /** @description closedAt before this instant */
        closedTo?: string;
        /** @description resolutionDueAt at or after this instant */
        resolutionDueFrom?: string;
        /** @description resolutionDueAt before this instant */
        resolutionDueTo?: string;
        /** @description escalationLevel at least */
        minEscalationLevel?: number;
        /** @description escalationLevel at most */
        maxEscalationLevel?: number;
        /** @description refundCount at least */
        minRefundCount?: number;
        /** @description refundCount at most */
        maxRefundCount?: number;
        /** @description refundTotalMinor at least */
        minRefundTotalMinor?: number;
        /** @description refundTotalMinor at most */
        maxRefundTotalMinor?: number;
        /** @description reopenCount at least */
        minReopenCount?: number;
        /** @description reopenCount at most */
        maxReopenCount?: number;
        /** @description firstResponseBreached true or false */
        firstResponseBreached?: boolean;
        /** @description finalResponseBreached true or false */
        finalResponseBreached?: boolean;
        /** @description resolutionBreached true or false */
        resolutionBreached?: boolean;
        /** @description breached true or false */
        breached?: boolean;
        sort?:
          | 'complaintId'
          | '-complaintId'
          | 'filedAt'
          | '-filedAt'
          | 'acknowledgedAt'
          | '-acknowledgedAt'
          | 'firstResponseAt'
          | '-firstResponseAt'
          | 'finalResponseAt'
          | '-finalResponseAt'
          | 'resolvedAt'
          | '-resolvedAt'
          | 'closedAt'
          | '-closedAt'
          | 'resolutionDueAt'
          | '-resolutionDueAt'
          | 'status'
          | '-status'
          | 'team'
          | '-team'
          | 'escalationLevel'
          | '-escalationLevel'
          | 'refundTotalMinor'
          | '-refundTotalMinor'
          | 'reopenCount'
          | '-reopenCount'
          | 'lastEventPosition'
          | '-lastEventPosition';
        limit?: number;
        /** @description nextCursor of the previous page, with the same filters and sort */
        cursor?: string;
        /** @description csv: every matching row (Accept: text/csv too) */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page, and the cursor of the next one (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ComplaintsReportRow'][];
            nextCursor: string | null;
          };
          'text/csv': string;
        };
      };
      /** @description A bad query parameter: each with its name and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No PostgreSQL: the API runs on an in-memory store */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'report-complaints-row': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The row */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ComplaintsReportRow'];
        };
      };
      /** @description A bad query parameter: each with its name and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such row */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No PostgreSQL: the API runs on an in-memory store */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'report-customers': {
    parameters: {
      query?: {
        /** @description customerId equals one of these (comma-separated) */
        customerId?: string[];
        /** @description latestSatisfaction equals one of these (comma-separated) */
        latestSatisfaction?: ('good' | 'bad')[];
        /** @description refundCurrency equals one of these (comma-separated) */
        refundCurrency?: string[];
        /** @description registeredAt at or after this instant */
        registeredFrom?: string;
        /** @description registeredAt before this instant */
        registeredTo?: string;
        /** @description lastContactAt at or after this instant */
        lastContactFrom?: string;
        /** @description lastContactAt before this instant */
        lastContactTo?: string;
        /** @description lastComplaintAt at or after this instant */
        lastComplaintFrom?: string;
        /** @description lastComplaintAt before this instant */
        lastComplaintTo?: string;
        /** @description contactsTotal at least */
        minContactsTotal?: number;
        /** @description contactsTotal at most */
        maxContactsTotal?: number;
        /** @description complaintsTotal at least */
        minComplaintsTotal?: number;
        /** @description complaintsTotal at most */
        maxComplaintsTotal?: number;
        /** @description complaintsOpen at least */
        minComplaintsOpen?: number;
        /** @description complaintsOpen at most */
        maxComplaintsOpen?: number;
        /** @description reopenCount at least */
        minReopenCount?: number;
        /** @description reopenCount at most */
        maxReopenCount?: number;
        /** @description refundCount at least */
        minRefundCount?: number;
        /** @description refundCount at most */
        maxRefundCount?: number;
        /** @description refundTotalMinor at least */
        minRefundTotalMinor?: number;
        /** @description refundTotalMinor at most */
        maxRefundTotalMinor?: number;
        /** @description returnCount at least */
        minReturnCount?: number;
        /** @description returnCount at most */
        maxReturnCount?: number;
        /** @description returnValueMinor at least */
        minReturnValueMinor?: number;
        /** @description returnValueMinor at most */
        maxReturnValueMinor?: number;
        /** @description atRisk true or false */
        atRisk?: boolean;
        sort?:
          | 'customerId'
          | '-customerId'
          | 'registeredAt'
          | '-registeredAt'
          | 'lastContactAt'
          | '-lastContactAt'
          | 'lastComplaintAt'
          | '-lastComplaintAt'
          | 'contactsTotal'
          | '-contactsTotal'
          | 'complaintsTotal'
          | '-complaintsTotal'
          | 'complaintsOpen'
          | '-complaintsOpen'
          | 'reopenCount'
          | '-reopenCount'
          | 'refundCount'
          | '-refundCount'
          | 'refundTotalMinor'
          | '-refundTotalMinor'
          | 'returnCount'
          | '-returnCount'
          | 'returnValueMinor'
          | '-returnValueMinor'
          | 'lastEventPosition'
          | '-lastEventPosition';
        limit?: number;
        /** @description nextCursor of the previous page, with the same filters and sort */
        cursor?: string;
        /** @description csv: every matching row (Accept: text/csv too) */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page, and the cursor of the next one (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['CustomersReportRow'][];
            nextCursor: string | null;
          };
          'text/csv': string;
        };
      };
      /** @description A bad query parameter: each with its name and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No PostgreSQL: the API runs on an in-memory store */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'report-customers-row': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The row */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomersReportRow'];
        };
      };
      /** @description A bad query parameter: each with its name and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such row */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No PostgreSQL: the API runs on an in-memory store */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'report-refunds': {
    parameters: {
      query?: {
        /** @description refundId equals one of these (comma-separated) */
        refundId?: string[];
        /** @description complaintId equals one of these (comma-separated) */
        complaintId?: string[];
        /** @description customerId equals one of these (comma-separated) */
        customerId?: string[];
        /** @description kind equals one of these (comma-separated) */
        kind?: ('refund' | 'bill_adjustment' | 'account_credit')[];
        /** @description reason equals one of these (comma-separated) */
        reason?: (
          | 'duplicate'
          | 'fraudulent'
          | 'requested_by_customer'
          | 'damaged_in_transit'
          | 'lost_item'
          | 'defective_product'
          | 'service_failure'
          | 'billing_error'
          | 'goodwill'
        )[];
        /** @description currency equals one of these (comma-separated) */
        currency?: string[];
        /** @description status equals one of these (comma-separated) */
        status?: ('requested' | 'approved' | 'rejected' | 'issued' | 'settled' | 'failed')[];
        /** @description requestedBy equals one of these (comma-separated) */
        requestedBy?: string[];
        /** @description requestedAt at or after this instant */
        requestedFrom?: string;
        /** @description requestedAt before this instant */
        requestedTo?: string;
        /** @description approvedAt at or after this instant */
        approvedFrom?: string;
        /** @description approvedAt before this instant */
        approvedTo?: string;
        /** @description issuedAt at or after this instant */
        issuedFrom?: string;
        /** @description issuedAt before this instant */
        issuedTo?: string;
        /** @description settledAt at or after this instant */
        settledFrom?: string;
        /** @description settledAt before this instant */
        settledTo?: string;
        /** @description amountMinor at least */
        minAmountMinor?: number;
        /** @description amountMinor at most */
        maxAmountMinor?: number;
        /** @description requiresSupervisorApproval true or false */
        requiresSupervisorApproval?: boolean;
        sort?:
          | 'refundId'
          | '-refundId'
          | 'requestedAt'
          | '-requestedAt'
          | 'approvedAt'
          | '-approvedAt'
          | 'issuedAt'
          | '-issuedAt'
          | 'settledAt'
          | '-settledAt'
          | 'amountMinor'
          | '-amountMinor'
          | 'status'
          | '-status'
          | 'lastEventPosition'
          | '-lastEventPosition';
        limit?: number;
        /** @description nextCursor of the previous page, with the same filters and sort */
        cursor?: string;
        /** @description csv: every matching row (Accept: text/csv too) */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page, and the cursor of the next one (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['RefundsReportRow'][];
            nextCursor: string | null;
          };
          'text/csv': string;
        };
      };
      /** @description A bad query parameter: each with its name and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No PostgreSQL: the API runs on an in-memory store */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'report-interactions': {
    parameters: {
      query?: {
        /** @description interactionId equals one of these (comma-separated) */
        interactionId?: string[];
        /** @description customerId equals one of these (comma-separated) */
        customerId?: string[];
        /** @description channel equals one of these (comma-separated) */
        channel?: ('phone' | 'email' | 'chat' | 'sms' | 'social' | 'fax' | 'mail' | 'in_person' | 'web')[];
        /** @description direction equals one of these (comma-separated) */
        direction?: ('inbound' | 'outbound')[];
        /** @description agentId equals one of these (comma-separated) */
        agentId?: string[];
        /** @description complaintId equals one of these (comma-separated) */
        complaintId?: string[];
        /** @description status equals one of these (comma-separated) */
        status?: ('queued' | 'active' | 'on_hold' | 'ended')[];
        /** @description queuedAt at or after this instant */
        queuedFrom?: string;
        /** @description queuedAt before this instant */
        queuedTo?: string;
        /** @description startedAt at or after this instant */
        startedFrom?: string;
        /** @description startedAt before this instant */
        startedTo?: string;
        /** @description endedAt at or after this instant */
        endedFrom?: string;
        /** @description endedAt before this instant */
        endedTo?: string;
        /** @description talkSeconds at least */
        minTalkSeconds?: number;
        /** @description talkSeconds at most */
        maxTalkSeconds?: number;
        /** @description holdSeconds at least */
        minHoldSeconds?: number;
        /** @description holdSeconds at most */
        maxHoldSeconds?: number;
        /** @description wrapUpSeconds at least */
        minWrapUpSeconds?: number;
        /** @description wrapUpSeconds at most */
        maxWrapUpSeconds?: number;
        sort?:
          | 'interactionId'
          | '-interactionId'
          | 'queuedAt'
          | '-queuedAt'
          | 'startedAt'
          | '-startedAt'
          | 'endedAt'
          | '-endedAt'
          | 'talkSeconds'
          | '-talkSeconds'
          | 'holdSeconds'
          | '-holdSeconds'
          | 'wrapUpSeconds'
          | '-wrapUpSeconds'
          | 'lastEventPosition'
          | '-lastEventPosition';
        limit?: number;
        /** @description nextCursor of the previous page, with the same filters and sort */
        cursor?: string;
        /** @description csv: every matching row (Accept: text/csv too) */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page, and the cursor of the next one (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['InteractionsReportRow'][];
            nextCursor: string | null;
          };
          'text/csv': string;
        };
      };
      /** @description A bad query parameter: each with its name and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No PostgreSQL: the API runs on an in-memory store */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'report-returns': {
    parameters: {
      query?: {
        /** @description returnId equals one of these (comma-separated) */
        returnId?: string[];
        /** @description customerId equals one of these (comma-separated) */
        customerId?: string[];
        /** @description complaintId equals one of these (comma-separated) */
        complaintId?: string[];
        /** @description orderReference equals one of these (comma-separated) */
        orderReference?: string[];
        /** @description reason equals one of these (comma-separated) */
        reason?: (
          | 'damaged_in_transit'
          | 'defective'
          | 'not_as_described'
          | 'wrong_item'
          | 'missing_parts'
          | 'changed_mind'
          | 'late_delivery'
        )[];
        /** @description channel equals one of these (comma-separated) */
        channel?: ('phone' | 'email' | 'chat' | 'sms' | 'social' | 'fax' | 'mail' | 'in_person' | 'web')[];
        /** @description status equals one of these (comma-separated) */
        status?: (
          | 'requested'
          | 'authorised'
          | 'refused'
          | 'shipped'
          | 'received'
          | 'inspected'
          | 'resolved'
          | 'closed'
          | 'cancelled'
          | 'expired'
        )[];
        /** @description currency equals one of these (comma-separated) */
        currency?: string[];
        /** @description carrier equals one of these (comma-separated) */
        carrier?: string[];
        /** @description resolution equals one of these (comma-separated) */
        resolution?: ('refund' | 'exchange' | 'repair' | 'store_credit' | 'none')[];
        /** @description requestedAt at or after this instant */
        requestedFrom?: string;
        /** @description requestedAt before this instant */
        requestedTo?: string;
        /** @description resolvedAt at or after this instant */
        resolvedFrom?: string;
        /** @description resolvedAt before this instant */
        resolvedTo?: string;
        /** @description valueMinor at least */
        minValueMinor?: number;
        /** @description valueMinor at most */
        maxValueMinor?: number;
        /** @description refundMinor at least */
        minRefundMinor?: number;
        /** @description refundMinor at most */
        maxRefundMinor?: number;
        /** @description daysToResolution at least */
        minDaysToResolution?: number;
        /** @description daysToResolution at most */
        maxDaysToResolution?: number;
        sort?:
          | 'returnId'
          | '-returnId'
          | 'requestedAt'
          | '-requestedAt'
          | 'resolvedAt'
          | '-resolvedAt'
          | 'valueMinor'
          | '-valueMinor'
          | 'refundMinor'
          | '-refundMinor'
          | 'daysToAuthorisation'
          | '-daysToAuthorisation'
          | 'daysToReceipt'
          | '-daysToReceipt'
          | 'daysToResolution'
          | '-daysToResolution'
          | 'status'
          | '-status'
          | 'lastEventPosition'
          | '-lastEventPosition';
        limit?: number;
        /** @description nextCursor of the previous page, with the same filters and sort */
        cursor?: string;
        /** @description csv: every matching row (Accept: text/csv too) */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page, and the cursor of the next one (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ReturnsReportRow'][];
            nextCursor: string | null;
          };
          'text/csv': string;
        };
      };
      /** @description A bad query parameter: each with its name and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No PostgreSQL: the API runs on an in-memory store */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'report-metrics': {
    parameters: {
      query: {
        /** @description start of the range, inclusive (ISO-8601 UTC) */
        from: string;
        /** @description end of the range, exclusive (ISO-8601 UTC) */
        to: string;
        /** @description UTC day, week or month */
        period: 'day' | 'week' | 'month';
        /** @description one row per value of these (comma-separated) */
        groupBy?: ('team' | 'agent')[];
        /** @description only this team */
        team?: string;
        /** @description only this agent (complaint owner or contact handler) */
        agent?: string;
        /** @description csv: every matching row (Accept: text/csv too) */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: unknown[];
          };
          'text/csv': string;
        };
      };
      /** @description A bad query parameter: each with its name and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No PostgreSQL: the API runs on an in-memory store */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'report-backlog': {
    parameters: {
      query?: {
        /** @description one row per value of these (comma-separated) */
        groupBy?: ('team' | 'agent')[];
        /** @description only this team */
        team?: string;
        /** @description only this agent (complaint owner or contact handler) */
        agent?: string;
        /** @description csv: every matching row (Accept: text/csv too) */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: unknown[];
          };
          'text/csv': string;
        };
      };
      /** @description A bad query parameter: each with its name and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No PostgreSQL: the API runs on an in-memory store */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'report-refunds-summary': {
    parameters: {
      query: {
        /** @description start of the range, inclusive (ISO-8601 UTC) */
        from: string;
        /** @description end of the range, exclusive (ISO-8601 UTC) */
        to: string;
        /** @description one row per value of these; currency is always among them (comma-separated) */
        groupBy?: ('reason' | 'currency' | 'status' | 'month')[];
        /** @description only refunds now in this status */
        status?: string;
        /** @description only this currency */
        currency?: string;
        /** @description only this reason */
        reason?: string;
        /** @description csv: every matching row (Accept: text/csv too) */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: unknown[];
          };
          'text/csv': string;
        };
      };
      /** @description A bad query parameter: each with its name and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No PostgreSQL: the API runs on an in-memory store */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'report-returns-summary': {
    parameters: {
      query: {
        /** @description start of the range, inclusive (ISO-8601 UTC) */
        from: string;
        /** @description end of the range, exclusive (ISO-8601 UTC) */
        to: string;
        /** @description one row per value of these; currency is always among them (comma-separated) */
        groupBy?: (
          | 'sku'
          | 'category'
          | 'reason'
          | 'outcome'
          | 'disposition'
          | 'carrier'
          | 'resolution'
          | 'month'
          | 'currency'
        )[];
        /** @description only returns with this reason */
        reason?: string;
        /** @description only lines with this inspection outcome */
        outcome?: string;
        /** @description only this currency */
        currency?: string;
        /** @description csv: every matching row (Accept: text/csv too) */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: unknown[];
          };
          'text/csv': string;
        };
      };
      /** @description A bad query parameter: each with its name and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No PostgreSQL: the API runs on an in-memory store */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'get-complaint-clocks': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The clocks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such complaint */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  'report-clocks': {
    parameters: {
      query: {
        /** @description start of the range of due instants, inclusive (ISO-8601 UTC) */
        from: string;
        /** @description end of the range, exclusive (ISO-8601 UTC) */
        to: string;
        /** @description only this regime */
        regime?: 'FCA_DISP' | 'CFPB' | 'NONE';
        /** @description only this milestone */
        milestone?: 'first_response' | 'final_response' | 'resolution';
        /** @description breaches per page (default 100) */
        limit?: number;
        /** @description the nextCursor of the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description { counts, breaches, nextCursor } */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A bad query parameter: each with its name and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No PostgreSQL: the API runs on an in-memory store */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'history-customers': {
    parameters: {
      query?: {
        /** @description the previous page’s nextCursor */
        cursor?: string;
        /** @description events per page */
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description the streams merged, its own first */
            streams: string[];
            items: components['schemas']['HistoryEntry'][];
            nextCursor: string | null;
            /** @description the next page’s path, null at the end */
            next: string | null;
          };
        };
      };
      /** @description A bad cursor or limit, named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'history-interactions': {
    parameters: {
      query?: {
        /** @description the previous page’s nextCursor */
        cursor?: string;
        /** @description events per page */
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description the streams merged, its own first */
            streams: string[];
            items: components['schemas']['HistoryEntry'][];
            nextCursor: string | null;
            /** @description the next page’s path, null at the end */
            next: string | null;
          };
        };
      };
      /** @description A bad cursor or limit, named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'history-complaints': {
    parameters: {
      query?: {
        /** @description the previous page’s nextCursor */
        cursor?: string;
        /** @description events per page */
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description the streams merged, its own first */
            streams: string[];
            items: components['schemas']['HistoryEntry'][];
            nextCursor: string | null;
            /** @description the next page’s path, null at the end */
            next: string | null;
          };
        };
      };
      /** @description A bad cursor or limit, named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'history-refunds': {
    parameters: {
      query?: {
        /** @description the previous page’s nextCursor */
        cursor?: string;
        /** @description events per page */
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description the streams merged, its own first */
            streams: string[];
            items: components['schemas']['HistoryEntry'][];
            nextCursor: string | null;
            /** @description the next page’s path, null at the end */
            next: string | null;
          };
        };
      };
      /** @description A bad cursor or limit, named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'history-returns': {
    parameters: {
      query?: {
        /** @description the previous page’s nextCursor */
        cursor?: string;
        /** @description events per page */
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description the streams merged, its own first */
            streams: string[];
            items: components['schemas']['HistoryEntry'][];
            nextCursor: string | null;
            /** @description the next page’s path, null at the end */
            next: string | null;
          };
        };
      };
      /** @description A bad cursor or limit, named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'history-escalations': {
    parameters: {
      query?: {
        /** @description the previous page’s nextCursor */
        cursor?: string;
        /** @description events per page */
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description the streams merged, its own first */
            streams: string[];
            items: components['schemas']['HistoryEntry'][];
            nextCursor: string | null;
            /** @description the next page’s path, null at the end */
            next: string | null;
          };
        };
      };
      /** @description A bad cursor or limit, named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unknown resource */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'verify-stream': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        streamId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The verification */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            streamId: string;
            events: number;
            ok: boolean;
            brokenAt?: {
              streamId: string;
              /** @description The first stream position where the chain does not hold */
              position: number;
              /** @enum {unknown} */
              kind: 'content' | 'missing' | 'inserted' | 'order' | 'duplicate';
              detail: string;
              storedHash?: string;
              expectedHash?: string;
            };
          };
        };
      };
      /** @description The stream id is longer than 200 characters */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such stream */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'complaint-notifications': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the complaint id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            complaintId: string;
            items: components['schemas']['OutboxMessage'][];
          };
        };
      };
      /** @description The id is not a complaint id */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such complaint */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'outbox-dead-letters': {
    parameters: {
      query?: {
        /** @description page size (default 50) */
        limit?: number;
        /** @description the last id of the previous page */
        before?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['OutboxMessage'][];
            next: string | null;
          };
        };
      };
      /** @description A bad query parameter, named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No database, so no outbox */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'outbox-retry': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the message id or key */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Queued again */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxMessage'];
        };
      };
      /** @description The id is not single-line text of at most 200 characters */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Missing or bad bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller’s roles do not allow this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such message */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The message is not dead */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No database, so no outbox */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'payment-callback': {
    parameters: {
      query?: never;
      header: {
        /** @description t=<unix seconds>,v1=<hex HMAC-SHA256> */
        'Casebook-Signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the provider's event id: a second callback with it changes nothing */
          id: string;
          /** @enum {string} */
          type: 'refund.settled' | 'refund.failed';
          /** Format: date-time */
          created?: string;
          data: {
            /** @description the provider's refund id (the refund's providerReference) */
            id: string;
            /** @description casebook's refund id, sent as Idempotency-Key */
            idempotencyKey: string;
            /** @description with refund.failed */
            failureReason?: string;
          };
        };
      };
    };
    responses: {
      /** @description Recorded now, or earlier (`replay: true`: nothing changed) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            eventId: string;
            refundId: string;
            /** @enum {string} */
            outcome: 'settled' | 'failed';
            replay: boolean;
          };
        };
      };
      /** @description A bad or stale signature header, or a bad body field, named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The signature does not match */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such refund, or payments are not configured here */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The refund cannot take this outcome (yet): e.g. not issued */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
