/** GENERATED from the server's OpenAPI document by scripts/contract.ts: do not edit by hand. The schemas routes share. */
export interface components {
  schemas: {
    AuditEntry: {
      action: string;
      actorOrgId: string | null;
      actorOrgName: string | null;
      actorUserId: string | null;
      actorUsername: string | null;
      /** @description The entity as it became, or what the action recorded (JSON) */
      after: unknown;
      /** Format: date-time */
      at: string;
      /** @description The entity as it was, as recorded (JSON) */
      before: unknown;
      entityId: string | null;
      entityType: string;
      id: number;
      ip: string | null;
      /** @description The object's name as it is now (enterprise, application's enterprise and programme, payment title …) */
      subject: string | null;
    };
    AuditLogPage: {
      items: components["schemas"]["AuditEntry"][];
      total: number;
    };
    BankStatisticsSubmissionDetail: {
      allLoansBalance: string;
      bankName: string;
      /** Format: uuid */
      bankOrgId: string;
      byCluster: {
        balance: string;
        cluster: string;
        creditBalance: string;
        mediumLongTermBalance: string;
        newCredit: string;
        newLoans: string;
        newMediumLongTerm: string;
      }[];
      byDistrict: {
        balance: string;
        creditBalance: string;
        district: string;
        mediumLongTermBalance: string;
        newCredit: string;
        newLoans: string;
        newMediumLongTerm: string;
      }[];
      /** @enum {string} */
      channel: "FORM" | "API" | "EXCEL";
      /** Format: date-time */
      createdAt: string;
      daysLate: number;
      dueOn: string;
      /** Format: uuid */
      id: string;
      live: boolean;
      manufacturing: components["schemas"]["ManufacturingFigures"];
      month: string;
      reason: string | null;
      regionCode: string;
      submittedByName: string;
      submittedOn: string;
      /** @enum {string} */
      timeliness: "ON_TIME" | "LATE" | "MISSING" | "NOT_YET_DUE";
      version: number;
      versions: {
        /** Format: uuid */
        id: string;
        live: boolean;
        reason: string | null;
        submittedByName: string;
        submittedOn: string;
        version: number;
      }[];
    };
    BilingualText: {
      en: string;
      zh: string;
    };
    BridgeFundDetail: {
      cashBalance: string | null;
      code: string;
      /** Format: uuid */
      id: string;
      managerName?: string;
      mayConfigure: boolean;
      name: string;
      regionCode: string;
      rules: components["schemas"]["BridgeFundRules"];
      version: number;
      versions: {
        /** Format: date-time */
        createdAt: string;
        createdBy: string | null;
        note: string;
        rules: components["schemas"]["BridgeFundRules"];
        version: number;
      }[];
    };
    BridgeFundRules: {
      dailyRate: string;
      escalateAfterWorkingDays: number;
      generalCeiling: string;
      groupCeiling: string;
      maxWorkingDays: number;
      smeReductionShare: string;
      /** Format: date */
      smeReductionUntil: string;
      waiverTags: (
        | "SRDI_CITY"
        | "SRDI_PROVINCE"
        | "LITTLE_GIANT"
        | "SINGLE_CHAMPION"
        | "CHAIN_LEADER"
        | "DOUBLE_HUNDRED"
        | "GAZELLE"
        | "UNICORN"
        | "HIGH_TECH"
        | "TECH_SME"
        | "LISTING_CULTIVATION"
        | "CITY_AUTO_KEY"
        | "CLUSTER_33618"
      )[];
    };
    BridgeFundRulesInput: {
      dailyRate: string;
      escalateAfterWorkingDays: number;
      generalCeiling: string;
      groupCeiling: string;
      maxWorkingDays: number;
      smeReductionShare: string;
      /** Format: date */
      smeReductionUntil: string;
      waiverTags: (
        | "SRDI_CITY"
        | "SRDI_PROVINCE"
        | "LITTLE_GIANT"
        | "SINGLE_CHAMPION"
        | "CHAIN_LEADER"
        | "DOUBLE_HUNDRED"
        | "GAZELLE"
        | "UNICORN"
        | "HIGH_TECH"
        | "TECH_SME"
        | "LISTING_CULTIVATION"
        | "CITY_AUTO_KEY"
        | "CLUSTER_33618"
      )[];
    };
    BridgeLoanCeiling: {
      amount: string;
      group: string;
      reason: string;
    };
    BridgeLoanDetail: {
      amount: string;
      appliedOn: string;
      bankName: string;
      /** Format: uuid */
      bankOrgId: string;
      ceiling: components["schemas"]["BridgeLoanCeiling"];
      contractNo: string;
      /** Format: uuid */
      enterpriseId: string;
      enterpriseName: string;
      expectedDisbursementOn: string | null;
      fee: string | null;
      feeWorking: components["schemas"]["BridgeLoanFeeWorking"] | null;
      /** Format: uuid */
      fundId: string;
      fundName: string;
      history: {
        action: string;
        actorName: string | null;
        actorOrgName: string | null;
        /** Format: date-time */
        at: string;
        businessDate: string;
        details: unknown;
        fromState: string | null;
        id: number;
        reason: string | null;
        toState: string;
      }[];
      /** Format: uuid */
      id: string;
      letter: {
        /** Format: uuid */
        id: string;
      } | null;
      managerName: string;
      maturingAmount: string;
      maturityDate: string;
      maxWorkingDays: number;
      overdue: components["schemas"]["BridgeLoanOverdue"] | null;
      overdueLevelNotified: number;
      paidOn: string | null;
      party: ("bank" | "fund-manager") | null;
      renewalAmount: string | null;
      renewalDisbursedOn: string | null;
      returnDue: string | null;
      returnedOn: string | null;
      rulesVersion: number;
      /** @enum {string} */
      state: "REQUESTED" | "COMMITTED" | "DECLINED" | "APPROVED" | "REJECTED" | "PAID" | "RETURNED";
      version: number;
    };
    BridgeLoanFeeWorking: {
      amount: string;
      dailyRate: string;
      days: number;
      fee: string;
      periods: {
        amount: string;
        dailyRate: string;
        days: number;
        from: string;
        reduction: string | null;
        to: string;
      }[];
      rounding: string;
      waived: string | null;
    };
    BridgeLoanOverdue: {
      daysOverdue: number;
      escalatesOn: string | null;
      level: number;
    };
    CalendarYear: {
      adjustedWorkdays: string[];
      /** Format: date-time */
      enteredAt: string;
      enteredBy: string | null;
      holidays: string[];
      notice: {
        date: string;
        number: string;
      };
      version: number;
      year: number;
    };
    CountTally: {
      cumulative: number;
      inMonth: number;
    };
    DefaultCase: {
      application: {
        amount: string;
        bankName: string;
        enterpriseName: string;
        guarantorName: string;
        id: string;
        programmeCode: string;
        programmeName: string;
      };
      availableActions: (
        | "compensate"
        | "withdraw"
        | "request-fund-payment"
        | "record-recovery"
        | "reverse-recovery"
      )[];
      bankShare: string | null;
      blocked: string | null;
      /** Format: date */
      claimedOn: string;
      claimReason: string;
      compensatedOn: string | null;
      compensationToBank: string | null;
      fundPartPaid: boolean;
      history: {
        /** @enum {string} */
        action:
          | "compensate"
          | "withdraw"
          | "request-fund-payment"
          | "record-recovery"
          | "reverse-recovery"
          | "claim";
        actorName: string;
        actorOrgName: string;
        /** Format: date-time */
        at: string;
        /** Format: date */
        businessDate: string;
        fromStatus: ("CLAIMED" | "COMPENSATED" | "WITHDRAWN") | null;
        id: number;
        reason: string | null;
        /** @enum {string} */
        toStatus: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
      }[];
      id: string;
      loss: string;
      payment: {
        id: string;
        paidOn: string | null;
        /** @enum {string} */
        status:
          | "DRAFT"
          | "IN_REVIEW"
          | "AWAITING_APPROVAL"
          | "APPROVED"
          | "PAYING"
          | "PAID"
          | "RETURNED"
          | "CANCELLED";
        statusLabel: string;
        total: string;
      } | null;
      position: {
        disbursed: string;
        outstanding: string;
        repaid: string;
        /** @enum {string} */
        status: "NOT_DISBURSED" | "ACTIVE" | "OVERDUE" | "SETTLED";
      };
      recoverable: string;
      recovered: string;
      recoveries: {
        amount: string;
        distribution: {
          fund: string;
          guarantor: string;
          national_fund: string;
          reguarantor: string;
        };
        id: string;
        mayReverse: boolean;
        postingId: number | null;
        reason: string | null;
        /** Format: date-time */
        recordedAt: string;
        recordedBy: string;
        /** Format: date */
        recoveredOn: string;
        reversedBy: {
          id: string;
          reason: string;
          /** Format: date-time */
          recordedAt: string;
          recordedBy: string;
        } | null;
        reverses: string | null;
      }[];
      scheme: string;
      schemes: string[];
      /** @enum {string} */
      status: "CLAIMED" | "COMPENSATED" | "WITHDRAWN";
      version: number;
      withdrawal: {
        /** Format: date-time */
        at: string;
        by: string;
        /** Format: date */
        on: string;
        orgName: string;
        reason: string;
      } | null;
      working: {
        fundPays: string;
        fundShareOfGuarantor: string;
        guarantorNet: string;
        loss: string;
        scheme: string;
        shares: {
          amount: string;
          party: string;
          share: string;
        }[];
      } | null;
    };
    EnterpriseBankAccountInput: {
      accountNo: string;
      bankName: string;
      /** @default null */
      bankOrgId: string | null;
    };
    EnterpriseDetail: {
      address: string;
      bankAccounts: {
        accountNo: string;
        bankName: string;
        bankOrgId: string | null;
        /** Format: uuid */
        enterpriseId: string;
        /** Format: uuid */
        id: string;
      }[];
      canEdit: boolean;
      cluster: string | null;
      contactName: string | null;
      contactPhone: string | null;
      /** Format: date-time */
      createdAt: string;
      districtCode: string;
      districtName: string;
      employees: number;
      establishedOn: string;
      /** Format: uuid */
      id: string;
      industryCode: string;
      legalRepresentative: string;
      mainBusiness: string | null;
      name: string;
      ownership: string;
      revenues: {
        amount: string;
        year: number;
      }[];
      sizeClass: string;
      supplyChainLinks: {
        /** Format: uuid */
        coreEnterpriseId: string;
        coreEnterpriseName: string;
        /** Format: uuid */
        id: string;
        products: string;
        /** Format: uuid */
        supplierEnterpriseId: string;
        supplierEnterpriseName: string;
        tier: number;
      }[];
      tags: {
        tag: string;
        validFrom: string;
        validTo: string | null;
      }[];
      totalAssets: string | null;
      /** Format: date-time */
      updatedAt: string;
      uscc: string;
      usccConfirmedAsIssued: boolean;
      version: number;
    };
    EnterpriseRevenueInput: {
      amount: string;
      year: number;
    };
    EnterpriseTagInput: {
      /** @enum {string} */
      tag:
        | "SRDI_CITY"
        | "SRDI_PROVINCE"
        | "LITTLE_GIANT"
        | "SINGLE_CHAMPION"
        | "CHAIN_LEADER"
        | "DOUBLE_HUNDRED"
        | "GAZELLE"
        | "UNICORN"
        | "HIGH_TECH"
        | "TECH_SME"
        | "LISTING_CULTIVATION"
        | "CLUSTER_33618";
      /** Format: date */
      validFrom: string;
      /** @default null */
      validTo: string | null;
    };
    EventInvitation: {
      answeredAt: string | null;
      checkedInAt: string | null;
      cluster: string | null;
      declineReason: string | null;
      enterpriseId: string | null;
      id: string;
      institutionOrgId: string | null;
      /** Format: date-time */
      invitedAt: string;
      name: string;
      /** @enum {string} */
      status: "INVITED" | "REGISTERED" | "DECLINED" | "ATTENDED";
    };
    EventTargets: {
      clusters: string[];
      districts: string[];
      sizeClasses: string[];
      tags: string[];
    };
    ExpertReviewOverview: {
      applications: {
        applicantName: string;
        exclusions: {
          expertId: string;
          expertName: string;
          message: components["schemas"]["BilingualText"];
          /** @enum {string} */
          reason: "same-province" | "declared-conflict";
        }[];
        /** Format: uuid */
        id: string;
        kind: string;
        province: components["schemas"]["BilingualText"];
        regionCode: string;
        reviewers: {
          /** Format: uuid */
          assignmentId: string;
          /** Format: uuid */
          expertId: string;
          expertName: string;
          total: string | null;
        }[];
        status: string;
      }[];
      /** Format: uuid */
      batchId: string;
      reviewersPerApplication: number;
      scoringClosedOn: string | null;
      shortages: {
        applicationId: string;
        message: components["schemas"]["BilingualText"];
      }[];
    };
    FeeSubsidyLine: {
      /** @description 元, two decimals */
      amount: string;
      applicationId: string;
      bankName: string;
      capped: boolean;
      eligible: boolean;
      enterpriseName: string;
      /** @description 元, two decimals */
      feeCharged: string;
      /** @description 元, two decimals */
      loanAmount: string;
      loanStatus: string;
      programmeCode: string;
      reason: string | null;
      working: components["schemas"]["SubsidyWorking"] | null;
    };
    FeeSubsidyPayment: {
      /** Format: date-time */
      createdAt: string;
      id: string;
      lineCount: number;
      /** @enum {string} */
      status:
        | "DRAFT"
        | "IN_REVIEW"
        | "AWAITING_APPROVAL"
        | "APPROVED"
        | "PAYING"
        | "PAID"
        | "RETURNED"
        | "CANCELLED";
      statusLabel: string;
      /** @description 元, two decimals */
      total: string;
    };
    FinancingClaim: {
      actions: ("claim" | "contact" | "approve" | "decline" | "fund" | "confirm")[];
      approvedAmount: string | null;
      approvedRate: string | null;
      approvedTermMonths: number | null;
      claimable: boolean;
      claimedOn: string | null;
      creditAmount: string | null;
      declineReason: string | null;
      demandAmount: string;
      /** Format: uuid */
      demandId: string;
      /** @enum {string} */
      demandKind: "LOAN" | "BOND" | "EQUITY" | "LEASE" | "INSURANCE" | "GUARANTEE";
      demandTermMonths: number;
      dueOn: string | null;
      enterpriseName: string;
      fundedAmount: string | null;
      fundedOn: string | null;
      fundedRate: string | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      orgId: string;
      orgName: string;
      pushedOn: string;
      rating: number | null;
      ratingComment: string | null;
      remindedOn: string | null;
      slaState: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
      /** @enum {string} */
      state: "PUSHED" | "CLAIMED" | "CONTACTED" | "APPROVED" | "DECLINED" | "FUNDED" | "CLOSED" | "RELEASED";
      version: number;
    };
    FinancingDemandBatch: {
      demandCount: number;
      /** Format: uuid */
      id: string;
      number: number;
      periodFrom: string;
      periodTo: string;
      publishedOn: string;
      regionCode: string;
    };
    FinancingDemandDetail: {
      amount: string;
      batchNumber: number | null;
      claims: components["schemas"]["FinancingClaim"][];
      collateral: (
        | "NONE"
        | "GUARANTEE"
        | "REAL_ESTATE"
        | "EQUIPMENT"
        | "RECEIVABLES"
        | "INVENTORY"
        | "ORDERS"
        | "INTELLECTUAL_PROPERTY"
        | "EQUITY_PLEDGE"
      )[];
      curation: {
        institutions: {
          /** Format: uuid */
          id: string;
          name: string;
        }[];
        officers: {
          displayName: string;
          /** Format: uuid */
          id: string;
        }[];
      } | null;
      decidedOn: string | null;
      declineReason: string | null;
      /** Format: uuid */
      enterpriseId: string;
      enterpriseName: string;
      history: {
        action: string;
        actorName: string | null;
        actorOrgName: string | null;
        /** Format: date-time */
        at: string;
        businessDate: string;
        claimId: string | null;
        fromState: string | null;
        id: number;
        institutionName: string | null;
        note: string | null;
        toState: string;
      }[];
      /** Format: uuid */
      id: string;
      keyProject: string | null;
      /** @enum {string} */
      kind: "LOAN" | "BOND" | "EQUITY" | "LEASE" | "INSURANCE" | "GUARANTEE";
      officerName: string | null;
      openToAll: boolean | null;
      policyNote: string | null;
      postedOn: string;
      product: components["schemas"]["RequestedProduct"] | null;
      productOmittedReason: string | null;
      purpose: string;
      regionCode: string;
      /** @enum {string} */
      status: "SUBMITTED" | "ADMITTED" | "DECLINED";
      termMonths: number;
      /** @enum {string} */
      urgency: "NORMAL" | "URGENT" | "VERY_URGENT";
      version: number;
    };
    FinancingEvent: {
      actions: ("invite" | "check-in" | "record-outcome" | "close" | "cancel")[];
      cancelReason: string | null;
      capacity: number | null;
      coOrganisers: string[];
      endTime: string;
      /** Format: date */
      heldOn: string;
      history: {
        /** @enum {string} */
        action:
          | "create"
          | "invite"
          | "check-in"
          | "record-outcome"
          | "close"
          | "cancel"
          | "register"
          | "decline";
        actorName: string;
        /** Format: date-time */
        at: string;
        /** Format: date */
        businessDate: string;
        fromStatus: ("PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED") | null;
        id: number;
        orgName: string;
        reason: string | null;
        /** @enum {string} */
        toStatus: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
      }[];
      id: string;
      invitableInstitutions: {
        id: string;
        name: string;
        type: string;
      }[];
      invitations: components["schemas"]["EventInvitation"][];
      mayAnswer: boolean;
      myInvitation: components["schemas"]["EventInvitation"] | null;
      onlineLink: string | null;
      organiserName: string;
      outcomes: {
        enterpriseId: string;
        enterpriseName: string;
        eventId: string;
        followUpDemandNeeded: boolean;
        id: string;
        institutionName: string;
        institutionOrgId: string;
        intendedAmount: string;
        intentionsSigned: number;
        note: string;
        /** Format: date-time */
        recordedAt: string;
      }[];
      place: string | null;
      regionCode: string;
      startTime: string;
      /** @enum {string} */
      status: "PLANNED" | "OPEN" | "HELD" | "CLOSED" | "CANCELLED";
      targets: components["schemas"]["EventTargets"];
      title: string;
      /** @enum {string} */
      type: "BANK_ENTERPRISE" | "ROADSHOW" | "FUND_ENTERPRISE" | "LISTING_TRAINING" | "DISPATCH_MEETING";
      version: number;
      /** @enum {string} */
      viewer: "organiser" | "overseer" | "invitee";
    };
    FinancingProductDetail: {
      history: {
        action: string;
        actorName: string;
        actorOrgName: string;
        /** Format: date-time */
        at: string;
        businessDate: string;
        fromState: string | null;
        id: number;
        note: string | null;
        toState: string;
        version: number;
      }[];
      /** Format: uuid */
      id: string;
      institutionName: string;
      latest: components["schemas"]["FinancingProductVersion"];
      latestVersion: number;
      listed: components["schemas"]["FinancingProductVersion"] | null;
      listedOn: string | null;
      listedVersion: number | null;
      /** Format: uuid */
      orgId: string;
      regionCode: string;
      version: number;
    };
    FinancingProductVersion: {
      amountMax: string;
      amountMin: string;
      category: string;
      clusters: string[];
      collateral: string[];
      contactName: string;
      contactPhone: string;
      /** Format: date-time */
      createdAt: string;
      description: string;
      districts: string[];
      industries: string[];
      materials: string;
      name: string;
      rateMax: string | null;
      rateMin: string | null;
      sizeClasses: string[];
      state: string;
      tags: string[];
      termMaxMonths: number;
      termMinMonths: number;
      type: string;
      version: number;
    };
    FundDetail: {
      accounts: {
        balance: string;
        beneficiaryEnterpriseId: string | null;
        beneficiaryOrgId: string | null;
        credits: string;
        debits: string;
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        kind:
          | "FUND_CASH"
          | "APPROPRIATIONS"
          | "INTEREST_SUBSIDY_EXPENSE"
          | "FEE_SUBSIDY_EXPENSE"
          | "RISK_COMPENSATION_EXPENSE"
          | "INCENTIVE_EXPENSE"
          | "RECOVERIES"
          | "PAYABLE"
          | "BRIDGE_RECEIVABLE"
          | "BRIDGE_FEE_INCOME";
        kindLabel: string;
        name: string;
      }[];
      code: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      managerOrgId: string;
      name: string;
      programmeCodes: string[];
      regionCode: string;
    };
    FundPaymentDetail: {
      availableActions: (
        | "submit"
        | "finance-approve"
        | "finance-reject"
        | "industry-approve"
        | "industry-reject"
        | "city-approve"
        | "city-reject"
        | "cancel"
        | "execute"
      )[];
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      createdOn: string;
      executedBy: string | null;
      /** @enum {string} */
      financeReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
      financeReviewVersion: number;
      fund: {
        code: string;
        /** Format: uuid */
        id: string;
        name: string;
      };
      /** Format: uuid */
      fundId: string;
      /** Format: date-time */
      heldSince: string;
      history: components["schemas"]["FundPaymentStep"][];
      holders: (
        | "ENTERPRISE"
        | "INDUSTRY_BUREAU"
        | "FINANCE_BUREAU"
        | "CITY_GOVERNMENT"
        | "BANK"
        | "GUARANTOR"
        | "REGUARANTOR"
        | "FINANCIAL_INSTITUTION"
        | "PROVINCE"
        | "MINISTRY"
        | "CITY_APPLICANT"
        | "SECURITIES_REGULATOR"
        | "CENTRAL_BANK_BRANCH"
        | "EXPERT"
        | "PLATFORM_ADMIN"
      )[];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      industryReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
      industryReviewVersion: number;
      /** @enum {string} */
      kind: "INTEREST_SUBSIDY" | "FEE_SUBSIDY" | "RISK_COMPENSATION" | "INCENTIVE_REWARD";
      lineCount: number;
      lines: components["schemas"]["FundPaymentLine"][];
      paidAt: string | null;
      paidLineCount: number;
      paidOn: string | null;
      /** @enum {string} */
      status:
        | "DRAFT"
        | "IN_REVIEW"
        | "AWAITING_APPROVAL"
        | "APPROVED"
        | "PAYING"
        | "PAID"
        | "RETURNED"
        | "CANCELLED";
      title: string;
      total: string;
      version: number;
      year: number | null;
    };
    FundPaymentLine: {
      amount: string;
      applicationId: string | null;
      beneficiaryEnterpriseId: string | null;
      beneficiaryName: string;
      beneficiaryOrgId: string | null;
      /** Format: uuid */
      id: string;
      lineNo: number;
      live: boolean;
      paidAt: string | null;
      paidOn: string | null;
      payeeAccount: {
        bank: string | null;
        name: string | null;
        number: string;
      } | null;
      /** Format: uuid */
      paymentId: string;
      source: {
        claimId: string | null;
        defaultCaseId: string | null;
        vouchers: {
          filename: string;
          /** Format: uuid */
          id: string;
          kind: string;
        }[];
      };
      subject: string;
      transferReference: string | null;
      working: unknown;
    };
    FundPaymentStep: {
      /** @enum {string} */
      action:
        | "create"
        | "submit"
        | "finance-approve"
        | "finance-reject"
        | "industry-approve"
        | "industry-reject"
        | "city-approve"
        | "city-reject"
        | "cancel"
        | "execute"
        | "paid"
        | "refused";
      actorName: string;
      /** Format: uuid */
      actorOrgId: string;
      actorOrgName: string;
      /** @enum {string} */
      actorOrgType:
        | "ENTERPRISE"
        | "INDUSTRY_BUREAU"
        | "FINANCE_BUREAU"
        | "CITY_GOVERNMENT"
        | "BANK"
        | "GUARANTOR"
        | "REGUARANTOR"
        | "FINANCIAL_INSTITUTION"
        | "PROVINCE"
        | "MINISTRY"
        | "CITY_APPLICANT"
        | "SECURITIES_REGULATOR"
        | "CENTRAL_BANK_BRANCH"
        | "EXPERT"
        | "PLATFORM_ADMIN";
      /** Format: uuid */
      actorUserId: string;
      /** Format: date-time */
      at: string;
      businessDate: string;
      /** @enum {string} */
      fromStatus:
        | "DRAFT"
        | "IN_REVIEW"
        | "AWAITING_APPROVAL"
        | "APPROVED"
        | "PAYING"
        | "PAID"
        | "RETURNED"
        | "CANCELLED";
      id: number;
      opinion: string | null;
      reason: string | null;
      /** @enum {string} */
      toStatus:
        | "DRAFT"
        | "IN_REVIEW"
        | "AWAITING_APPROVAL"
        | "APPROVED"
        | "PAYING"
        | "PAID"
        | "RETURNED"
        | "CANCELLED";
    };
    FundPostingReceipt: {
      fund: components["schemas"]["FundDetail"];
      postingId: number;
      replayed: boolean;
    };
    GuaranteeFeeReceipt: {
      /** @description 元, two decimals */
      amount: string;
      applicationId: string;
      feeRate: string | null;
      id: number;
      mayReverse: boolean;
      note: string | null;
      reason: string | null;
      /** Format: date */
      receivedOn: string;
      /** Format: date-time */
      recordedAt: string;
      recordedBy: string;
      reversedBy: {
        id: number;
        reason: string;
        /** Format: date-time */
        recordedAt: string;
        recordedBy: string;
      } | null;
      reverses: number | null;
    };
    GuaranteeFeeReceiptWriteResult: {
      id: number;
      items: components["schemas"]["GuaranteeFeeReceipt"][];
      /** @description 元, two decimals */
      total: string;
    };
    IncentiveApplicationDetail: {
      amount: string;
      applicantName: string;
      /** Format: uuid */
      applicantOrgId: string;
      base: string | null;
      /** Format: date-time */
      createdAt: string;
      decisions: components["schemas"]["FundPaymentStep"][];
      /** Format: uuid */
      enterpriseId: string;
      enterpriseName: string;
      evidence: components["schemas"]["IncentiveEvidence"][];
      /** @enum {string} */
      financeReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
      fundName: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      industryReview: "NOT_STARTED" | "PENDING" | "APPROVED" | "REJECTED";
      paidOn: string | null;
      /** Format: uuid */
      paymentId: string;
      policyCode: string;
      /** Format: uuid */
      policyId: string;
      policyName: string;
      policyNameEn: string;
      policyVersion: number;
      regionCode: string;
      rules: {
        met: boolean;
        reason: string;
        /** @enum {string} */
        rule: "window" | "region" | "tags" | "cluster" | "evidence" | "not-received" | "stages-new";
      }[];
      stage: ("IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED") | null;
      /** @enum {string} */
      status:
        | "DRAFT"
        | "IN_REVIEW"
        | "AWAITING_APPROVAL"
        | "APPROVED"
        | "PAYING"
        | "PAID"
        | "RETURNED"
        | "CANCELLED";
      statusLabel: string;
      /** Format: uuid */
      submittedBy: string;
      submittedOn: string;
      working: components["schemas"]["IncentiveWorking"];
    };
    IncentiveApplicationFormInput: {
      base?: string;
      /** Format: uuid */
      enterpriseId?: string;
      evidence: string[];
      /** Format: uuid */
      policyId: string;
      /** @enum {string} */
      stage?: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
    };
    IncentiveEvidence: {
      code: string;
      filename: string;
      /** Format: uuid */
      id: string;
      size: number;
    };
    IncentivePolicy: {
      code: string;
      /** Format: date-time */
      createdAt: string;
      currentVersion: number;
      /** Format: uuid */
      fundId: string;
      fundName: string;
      /** Format: uuid */
      id: string;
      name: string;
      policy: components["schemas"]["IncentivePolicyDefinition"];
      regionCode: string;
      retiredAt: string | null;
      retiredReason: string | null;
    };
    IncentivePolicyDefinition: {
      /** @enum {string} */
      applicant: "ENTERPRISE" | "FUND";
      caps: {
        budget: string | null;
        perEnterprise: string | null;
        perEnterprisePerYear: string | null;
      };
      code: string;
      eligibility: {
        anyOfTags: string[];
        clusters: string[];
        window: {
          /** Format: date */
          from: string;
          to: string | null;
        };
      };
      evidence: {
        code: string;
        en: string;
        zh: string;
      }[];
      formula:
        | {
            amount: string;
            /** @enum {string} */
            kind: "FIXED";
          }
        | {
            /** @enum {string} */
            base: "EQUITY_INVESTMENT" | "NET_REFINANCING" | "MA_TRANSACTION" | "NET_EQUITY_FINANCING";
            cap: string;
            /** @enum {string} */
            kind: "SHARE_OF_BASE";
            rate: string;
          }
        | {
            /** @enum {string} */
            kind: "STAGED";
            stages: {
              amount: string;
              /** @enum {string} */
              stage: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
            }[];
            totalCap: string;
          };
      name: string;
      nameEn: string;
      regionCode: string;
      repeatable: boolean;
    };
    IncentivePolicyDefinitionInput: {
      /** @enum {string} */
      applicant: "ENTERPRISE" | "FUND";
      caps: {
        budget: string | null;
        perEnterprise: string | null;
        perEnterprisePerYear: string | null;
      };
      code: string;
      eligibility: {
        anyOfTags: string[];
        clusters: string[];
        window: {
          /** Format: date */
          from: string;
          to: string | null;
        };
      };
      evidence: {
        code: string;
        en: string;
        zh: string;
      }[];
      formula:
        | {
            amount: string;
            /** @enum {string} */
            kind: "FIXED";
          }
        | {
            /** @enum {string} */
            base: "EQUITY_INVESTMENT" | "NET_REFINANCING" | "MA_TRANSACTION" | "NET_EQUITY_FINANCING";
            cap: string;
            /** @enum {string} */
            kind: "SHARE_OF_BASE";
            rate: string;
          }
        | {
            /** @enum {string} */
            kind: "STAGED";
            stages: {
              amount: string;
              /** @enum {string} */
              stage: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
            }[];
            totalCap: string;
          };
      name: string;
      nameEn: string;
      regionCode: string;
      repeatable: boolean;
    };
    IncentivePolicyDetail: {
      code: string;
      /** Format: date-time */
      createdAt: string;
      currentVersion: number;
      /** Format: uuid */
      fundId: string;
      fundName: string;
      /** Format: uuid */
      id: string;
      name: string;
      policy: components["schemas"]["IncentivePolicyDefinition"];
      regionCode: string;
      retiredAt: string | null;
      retiredReason: string | null;
      versions: {
        /** Format: date-time */
        createdAt: string;
        createdBy: string | null;
        note: string;
        version: number;
      }[];
    };
    IncentiveWorking: {
      amount: string;
      base?: {
        amount: string;
        kind: string;
      };
      caps: {
        applied: boolean;
        /** @enum {string} */
        cap: "formula-cap" | "stage-total" | "per-enterprise" | "per-year" | "budget";
        limit: string;
        remaining: string;
        used: string;
      }[];
      /** @enum {string} */
      formula: "FIXED" | "SHARE_OF_BASE" | "STAGED";
      rate?: string;
      /** @enum {string} */
      rounding: "half-up-once-to-fen";
      stages?: {
        amount: string;
        label: string;
        /** @enum {string} */
        stage: "IPO_AGREEMENT" | "TUTORING_FILED" | "IPO_ACCEPTED" | "LISTED";
      }[];
      uncapped: string;
    };
    IndicatorProjection: {
      from: {
        month: string;
        value: string;
      };
      meetsTarget: boolean;
      /** @enum {string} */
      method: "straight-line";
      perMonth: string;
      projected: string;
      targetMonth: string;
      to: {
        month: string;
        value: string;
      };
    };
    IndicatorWorking: {
      computation: string;
      formula: components["schemas"]["BilingualText"];
      inputs: {
        month: string;
        name: components["schemas"]["BilingualText"];
        value: string;
      }[];
      /** @enum {string} */
      rounding: "ratio-half-up-6-places" | "half-up-once-to-fen" | "whole-count-down";
    };
    InterestSubsidyClaimDetail: {
      /** Format: date */
      appliedOn: string;
      /** @description 元, two decimals */
      claimed: string;
      /** Format: date-time */
      createdAt: string;
      difference: string | null;
      form: components["schemas"]["InterestSubsidyClaimForm"];
      guarantorOpinion: {
        by: string;
        /** Format: date */
        date: string;
        text: string;
      } | null;
      id: string;
      loan: components["schemas"]["SubsidisedLoan"];
      mayWithdraw: boolean;
      payment: components["schemas"]["SubsidyPaymentLine"] | null;
      returnedReason: {
        /** Format: date-time */
        at: string;
        by: string;
        reason: string;
      } | null;
      /** @enum {string} */
      status: "SUBMITTED" | "ACCOUNTING" | "IN_REVIEW" | "RETURNED" | "PAID" | "WITHDRAWN";
      version: number;
    };
    InterestSubsidyClaimForm: {
      address: string;
      bankAccount: string;
      businessDevelopment: string;
      contactName: string;
      contactPhone: string;
      enterpriseOpinion: string;
      legalRepresentative: string;
      phone: string;
    };
    LabelledCode: {
      code: string;
      en: string;
      zh: string;
    };
    ListedFinancingProduct: {
      amountMax: string;
      amountMin: string;
      category: string;
      clusters: string[];
      collateral: string[];
      contactName: string;
      contactPhone: string;
      description: string;
      districts: string[];
      /** Format: uuid */
      id: string;
      industries: string[];
      institutionName: string;
      listedOn: string;
      listedVersion: number;
      materials: string;
      name: string;
      /** Format: uuid */
      orgId: string;
      rateMax: string | null;
      rateMin: string | null;
      regionCode: string;
      sizeClasses: string[];
      tags: string[];
      termMaxMonths: number;
      termMinMonths: number;
      type: string;
    };
    ListingPipelineEntryDetail: {
      auditor: string | null;
      /** @enum {string} */
      board: "MAIN_BOARD" | "CHINEXT" | "STAR" | "BSE" | "NEEQ" | "REGIONAL" | "OVERSEAS";
      canManage: boolean;
      /** Format: uuid */
      enterpriseId: string;
      enterpriseName: string;
      history: {
        /** @enum {string} */
        action: "add" | "move" | "edit";
        actorName: string;
        actorOrgName: string;
        businessDate: string;
        /** Format: date-time */
        createdAt: string;
        evidence: string | null;
        fromStage: string | null;
        id: number;
        reachedOn: string | null;
        reason: string | null;
        toStage: string | null;
      }[];
      /** Format: uuid */
      id: string;
      ipoAgreementOn: string | null;
      joinedOn: string;
      lawFirm: string | null;
      note: string | null;
      quotationReward: string | null;
      regionCode: string;
      rewardStages: string[];
      sponsor: string | null;
      /** @enum {string} */
      stage: "RESERVE" | "SHAREHOLDING_REFORM" | "TUTORING" | "FILED" | "APPROVED" | "LISTED";
      stageReachedOn: string;
      uscc: string;
      version: number;
    };
    ListRemovalInput: {
      reason: string;
    };
    LoanApplication: {
      amount: string;
      availableActions: (
        | "submit"
        | "withdraw"
        | "recommend"
        | "reject-recommendation"
        | "bank-approve"
        | "bank-reject"
        | "bank-request-materials"
        | "guarantor-approve"
        | "guarantor-reject"
        | "guarantor-request-materials"
        | "provide-materials"
        | "record-contracts"
        | "disburse"
      )[];
      bank: {
        /** Format: uuid */
        id: string;
        name?: string;
      };
      bankReview: string;
      clocks: {
        clock: string;
        dueOn: string;
        running: boolean;
        startedOn: string;
        state: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
        stoppedAt: string | null;
      }[];
      contracts: {
        amount: string;
        annualRate: string | null;
        /** Format: uuid */
        applicationId: string;
        /** Format: uuid */
        id: string;
        kind: string;
        number: string;
        parties: string[];
        signedOn: string;
      }[];
      enterprise: {
        /** Format: uuid */
        id: string;
        name?: string;
        uscc?: string;
      };
      form: {
        address?: string;
        contactName?: string;
        contactPhone?: string;
        legalRepresentative?: string;
        mainBusiness?: string;
        phone?: string;
        productsAndPartners?: string;
      };
      guarantor: {
        /** Format: uuid */
        id: string;
        name?: string;
      };
      guarantorReview: string;
      /** Format: date-time */
      heldSince: string;
      history: {
        action: string;
        actorName: string;
        actorOrgName: string;
        actorOrgType: string;
        actorUsername: string;
        /** Format: date-time */
        at: string;
        businessDate: string;
        details:
          | ({
              acknowledgement?: {
                reason: string;
                rules: (
                  | "registered-district"
                  | "supply-chain-category"
                  | "operating-history"
                  | "annual-revenue"
                  | "key-supported-list"
                  | "negative-list"
                  | "amount-limit"
                  | "term-limit"
                  | "loan-use"
                )[];
              };
              contracts?: unknown;
              eligibility?: {
                checks: ({
                  passed: boolean;
                  reason: string;
                  /** @enum {string} */
                  rule:
                    | "registered-district"
                    | "supply-chain-category"
                    | "operating-history"
                    | "annual-revenue"
                    | "key-supported-list"
                    | "negative-list"
                    | "amount-limit"
                    | "term-limit"
                    | "loan-use";
                } & {
                  [key: string]: unknown;
                })[];
                eligible: boolean;
              } & {
                [key: string]: unknown;
              };
              /** @enum {string} */
              target?: "bank" | "guarantor";
            } & {
              [key: string]: unknown;
            })
          | null;
        fromStatus: string;
        id: number;
        opinion: string | null;
        reason: string | null;
        toStatus: string;
      }[];
      holders: string[];
      /** Format: uuid */
      id: string;
      loanUse: string;
      materials: {
        attached: boolean;
        /** @enum {string} */
        code: "TECH_PROJECT_FILING" | "BUSINESS_LICENCE" | "FINANCIAL_STATEMENTS";
      }[];
      programme: {
        code?: string;
        name?: string;
        version: number;
      };
      status: string;
      submittedOn: string | null;
      supplyChainCategory: string | null;
      termMonths: number;
      version: number;
    };
    LoanParty: {
      id: string;
      name: string;
    };
    LoanServicing: {
      events: {
        amount: string;
        id: number;
        note: string | null;
        number: number;
        occurredOn: string;
        /** Format: date-time */
        recordedAt: string;
        recordedBy: string;
        reverses: number | null;
        reversesNumber: number | null;
        type: string;
        viaApi: boolean;
      }[];
      position: {
        disbursed: string;
        everOverdue: boolean;
        interestPaid: string;
        outstanding: string;
        repaid: string;
        settledOn: string | null;
        /** @enum {string} */
        status: "NOT_DISBURSED" | "ACTIVE" | "OVERDUE" | "SETTLED";
      };
    };
    LoanSubsidy:
      | {
          /** @description 元, two decimals */
          amount: string;
          /** @enum {boolean} */
          eligible: true;
          /** Format: date */
          settledOn: string;
          window: {
            /** Format: date */
            closesOn: string;
            /** Format: date */
            opensOn: string;
          };
          /** @enum {string} */
          windowState: "UPCOMING" | "OPEN" | "PASSED";
          working: components["schemas"]["SubsidyWorking"];
        }
      | {
          /** @enum {boolean} */
          eligible: false;
          reason: string;
        };
    ManufacturingFigures: {
      balance: string;
      creditBalance: string;
      mediumLongTermBalance: string;
      newCredit: string;
      newLoans: string;
      newMediumLongTerm: string;
    };
    ManufacturingLoanBreakdown: {
      balance: string;
      creditBalance: string;
      growth: string | null;
      key: string;
      mediumLongTermBalance: string;
      name: components["schemas"]["BilingualText"];
      newCredit: string;
      newLoans: string;
      newMediumLongTerm: string;
      shareOfManufacturing: string | null;
    };
    MarketplaceSettings: {
      changedAt: string | null;
      changedBy: string | null;
      /** @enum {string} */
      claimMode: "SINGLE" | "SEVERAL";
      claimWorkingDays: number;
      contactWorkingDays: number;
      decisionWorkingDays: number;
      escalateAfterWorkingDays: number;
      matchingWeights: {
        cluster: number;
        industry: number;
        outcomes: number;
        rate: number;
        sizeClass: number;
        tags: number;
      };
      maxClaimants: number;
      regionCode: string;
    };
    MatchCriterionScore: {
      /** @enum {string} */
      criterion: "tags" | "cluster" | "sizeClass" | "industry" | "rate" | "outcomes";
      /** @enum {string} */
      outcome: "met" | "missed" | "neutral" | "scored";
      points: string;
      reason: components["schemas"]["BilingualText"];
      weight: number;
    };
    MatchedProduct: {
      amountMax: string;
      amountMin: string;
      /** @enum {string} */
      category: "CREDIT" | "SUPPLY_CHAIN" | "INSURANCE" | "LEASING" | "BOND" | "EQUITY" | "GUARANTEE";
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      institutionId: string;
      institutionName: string;
      name: string;
      rateMax: string | null;
      rateMin: string | null;
      termMaxMonths: number;
      termMinMonths: number;
      /** @enum {string} */
      type:
        | "COMMERCIAL_VALUE_CREDIT"
        | "KNOWLEDGE_VALUE_CREDIT"
        | "IP_PLEDGE_LOAN"
        | "TECH_RENOVATION_LOAN"
        | "ORDER_LOAN"
        | "SRDI_LOAN"
        | "GAZELLE_LOAN"
        | "UNICORN_LOAN"
        | "CARBON_SINK_LOAN"
        | "EQUIPMENT_ORDER_PLEDGE"
        | "WAREHOUSE_RECEIPT_PLEDGE"
        | "RECEIVABLES_PLEDGE"
        | "BILL_DISCOUNT"
        | "LETTER_OF_CREDIT"
        | "YULIANDAI"
        | "FIRST_SET"
        | "FIRST_BATCH"
        | "FIRST_VERSION"
        | "CREDIT_GUARANTEE_INSURANCE"
        | "LOAN_GUARANTEE_INSURANCE"
        | "TECH_PATENT_INSURANCE"
        | "DIRECT_LEASE"
        | "OPERATING_LEASE"
        | "SALE_AND_LEASEBACK"
        | "ENTRUSTED_LEASE"
        | "SUBLEASE"
        | "BOND_UNDERWRITING"
        | "EQUITY_INVESTMENT"
        | "FINANCING_GUARANTEE";
    };
    MatchFilterResult: {
      /** @enum {string} */
      filter: "kind" | "amount" | "term" | "collateral" | "region" | "required-tags";
      passed: boolean;
      reason: components["schemas"]["BilingualText"];
    };
    MatchingWeights: {
      cluster: number;
      industry: number;
      outcomes: number;
      rate: number;
      sizeClass: number;
      tags: number;
    };
    MoneyTally: {
      cumulative: string;
      inMonth: string;
    };
    MonitoringTargets: {
      bondFinancing: {
        amount: string;
        from: string;
      };
      enterprisesServedPerYear: number;
      fundInvestment: {
        amount: string;
        from: string;
      };
      listingPipeline: number;
      manufacturingShare: string;
      targetMonth: string;
    };
    MonitoringTargetSettings: {
      configured: {
        bondFinancing?: {
          amount: string;
          from: string;
        };
        enterprisesServedPerYear?: number;
        fundInvestment?: {
          amount: string;
          from: string;
        };
        listingPipeline?: number;
        manufacturingShare?: string;
        targetMonth?: string;
      } | null;
      inForce: components["schemas"]["MonitoringTargets"];
      regionCode: string;
      savedAt: string | null;
      savedByName: string | null;
      version: number;
    };
    Notification: {
      applicationId: string | null;
      clockId: number | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      kind: string;
      link: string | null;
      message: string;
      /** Format: uuid */
      orgId: string;
      readAt: string | null;
    };
    Organisation: {
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      department: ("MIIT" | "MOF" | "PBOC" | "NFRA" | "CSRC") | null;
      enterpriseId: string | null;
      id: string;
      institutionKind: ("INSURER" | "LEASING" | "FUND" | "SECURITIES" | "OTHER") | null;
      name: string;
      payeeAccount: {
        accountName: string;
        accountNo: string;
        bankName: string;
      } | null;
      regionCode: string;
      /** @description One of ENTERPRISE, INDUSTRY_BUREAU, FINANCE_BUREAU, CITY_GOVERNMENT, BANK, GUARANTOR, REGUARANTOR, FINANCIAL_INSTITUTION, PROVINCE, MINISTRY, CITY_APPLICANT, SECURITIES_REGULATOR, CENTRAL_BANK_BRANCH, EXPERT, PLATFORM_ADMIN */
      type: string;
      version: number;
    };
    OrganisationDirectory: {
      id: string;
      name: string;
      regionCode: string;
      /** @description One of ENTERPRISE, INDUSTRY_BUREAU, FINANCE_BUREAU, CITY_GOVERNMENT, BANK, GUARANTOR, REGUARANTOR, FINANCIAL_INSTITUTION, PROVINCE, MINISTRY, CITY_APPLICANT, SECURITIES_REGULATOR, CENTRAL_BANK_BRANCH, EXPERT, PLATFORM_ADMIN */
      type: string;
    }[];
    Payable: {
      amount: string;
      /** Format: uuid */
      coreEnterpriseId: string;
      coreName: string;
      documentNo: string;
      dueOn: string;
      financingId: string | null;
      /** Format: uuid */
      id: string;
      issuedOn: string;
      /** @enum {string} */
      kind: "ORDER" | "INVOICE" | "RECEIVABLE";
      /** @enum {string} */
      status: "OPEN" | "FINANCED" | "SETTLED" | "WITHDRAWN";
      supplierName: string | null;
      supplierUscc: string;
      version: number;
      viaApiKey: boolean;
      withdrawReason: string | null;
    };
    PayeeAccountInput: {
      accountName: string;
      accountNo: string;
      bankName: string;
    };
    PaymentReference: {
      paymentId: string;
    };
    PilotApplication: {
      applicantName: string;
      /** Format: uuid */
      applicantOrgId: string;
      /** Format: uuid */
      batchId: string;
      batchName: string;
      decidedAt: string | null;
      decisionReason: string | null;
      draft: components["schemas"]["PilotApplicationContent"] | null;
      /** Format: uuid */
      id: string;
      indicatorColumns: components["schemas"]["PilotIndicatorColumn"][];
      /** @enum {string} */
      kind: "NEW" | "RENEWAL";
      provincialPoints: string | null;
      provincialScores: {
        [key: string]: string;
      } | null;
      recommendationRank: number | null;
      recommendingUnitCode: string | null;
      regionCode: string;
      /** @enum {string} */
      status:
        | "DRAFT"
        | "SUBMITTED"
        | "RETURNED"
        | "NOT_RECOMMENDED"
        | "AT_MINISTRY"
        | "SELECTED"
        | "NOT_SELECTED";
      submitted: components["schemas"]["PilotApplicationContent"] | null;
      submittedAt: string | null;
      version: number;
    };
    PilotApplicationContent: {
      bases: string[];
      documents: components["schemas"]["PilotDocument"][];
      indicators: {
        [key: string]: {
          [key: string]: string;
        };
      };
      plan: {
        periodEnd: string | null;
        periodStart: string | null;
        sections: {
          [key: string]: string;
        };
      };
      strategies: string[];
    };
    PilotBatch: {
      applicationDeadline: string;
      bases: {
        code: string;
        name: components["schemas"]["BilingualText"];
      }[];
      conditions: {
        clause: string;
        code: string;
        name: components["schemas"]["BilingualText"];
        text: string;
      }[];
      documentNumber: string;
      /** Format: uuid */
      id: string;
      indicatorTemplate: {
        actualYears: number[];
        indicators: {
          code: string;
          /** @enum {string} */
          direction: "higher" | "lower";
          group: string;
          max: string;
          maxDecimals: number;
          min: string;
          name: components["schemas"]["BilingualText"];
          notes: string;
          required: boolean;
          /** @enum {string} */
          type: "integer" | "decimal";
          unit: string;
        }[];
      };
      name: string;
      number: number;
      opensOn: string;
      outline: {
        code: string;
        guidance: components["schemas"]["BilingualText"];
        parentCode: string | null;
        required: boolean;
        title: components["schemas"]["BilingualText"];
      }[];
      /** @enum {string} */
      phase: "UPCOMING" | "APPLYING" | "RECOMMENDING" | "CLOSED";
      progressReportDue: string;
      provincialDeadline: string;
      recommendingUnits: {
        code: string;
        confirmedOn: string | null;
        kind: string;
        name: components["schemas"]["BilingualText"];
        quota: number;
      }[];
      reviewersPerApplication: number;
      rubric: components["schemas"]["PilotRubric"];
      strategies: {
        code: string;
        name: components["schemas"]["BilingualText"];
      }[];
      timeZone: string;
    };
    PilotBatchReference: {
      id: string;
      name: string;
      number: number;
    };
    PilotCity: {
      name: string;
      orgId: string;
      regionCode: string;
    };
    PilotDecisionReasonInput: {
      reason: string;
    };
    PilotDocument: {
      contentType: string;
      filename: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "APPLICATION" | "SUPPORTING";
      sha256: string;
      size: number;
      uploadedAt: string;
    };
    PilotDocumentInput: {
      contentType: string;
      filename: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: "APPLICATION" | "SUPPORTING";
      sha256: string;
      size: number;
      uploadedAt: string;
    };
    PilotExpert: {
      active: boolean;
      conflicts: (
        | {
            regionCode: string;
          }
        | {
            applicationId: string;
          }
      )[];
      fields: string[];
      /** Format: uuid */
      id: string;
      name: string;
      province: components["schemas"]["BilingualText"];
      regionCode: string;
      version: number;
    };
    PilotIndicatorColumn: {
      key: string;
      /** @enum {string} */
      kind: "actual" | "target";
      required: boolean;
      year: number;
    };
    PilotListProposal: {
      /** Format: uuid */
      batchId: string;
      decisions: {
        decidedAt: string;
        decidedBy: string;
        decidedOn: string;
        /** @enum {string} */
        decision: "approve" | "reject";
        /** @enum {string} */
        department: "MIIT" | "MOF" | "PBOC" | "NFRA" | "CSRC";
        departmentName: components["schemas"]["BilingualText"];
        listVersion: number;
        opinion: string;
        voided: boolean;
      }[];
      entries: {
        applicantName: string;
        /** Format: uuid */
        applicationId: string;
        position: number;
        province: components["schemas"]["BilingualText"];
        rank: number | null;
        score: string | null;
      }[];
      invalidated: {
        /** @enum {string} */
        department: "MIIT" | "MOF" | "PBOC" | "NFRA" | "CSRC";
        name: components["schemas"]["BilingualText"];
      }[];
      proposed: boolean;
      publishedOn: string | null;
      /** @enum {string} */
      status: "NOT_PROPOSED" | "PENDING" | "APPROVED" | "REJECTED" | "PUBLISHED";
      version: number;
    };
    PilotRenewal: {
      batch: components["schemas"]["PilotBatchReference"];
      city: components["schemas"]["PilotCity"];
      decision: {
        decidedAt: string | null;
        /** @enum {string} */
        decision: "EXTENDED" | "DECLINED";
        periodEnd: string | null;
        periodStart: string | null;
        reason: string | null;
      } | null;
      id: string;
      indicators: {
        [key: string]: {
          [key: string]: string;
        };
      };
      plan: {
        periodEnd: string;
        periodStart: string;
        sections: {
          [key: string]: string;
        };
      };
      province: components["schemas"]["BilingualText"];
      region: components["schemas"]["BilingualText"];
      renews: string | null;
      /** @enum {string} */
      status: "AT_MINISTRY" | "SELECTED" | "NOT_SELECTED";
      submittedAt: string | null;
      version: number;
    };
    PilotReviewSheet: {
      comments: string;
      reviewer: string;
      scores: {
        [key: string]: string;
      };
      total: string;
    };
    PilotReviewTaskDetail: {
      applicantName: string;
      /** Format: uuid */
      applicationId: string;
      /** Format: uuid */
      assignmentId: string;
      /** Format: uuid */
      batchId: string;
      batchName: string;
      mySheet: components["schemas"]["PilotReviewSheet"] | null;
      otherSheets: components["schemas"]["PilotReviewSheet"][];
      province: components["schemas"]["BilingualText"];
      rubric: components["schemas"]["PilotRubric"];
      scored: boolean;
      scoringClosed: boolean;
      submitted: unknown;
    };
    PilotRubric: {
      criteria: {
        code: string;
        minimum?: string;
        name: components["schemas"]["BilingualText"];
        weight: string;
      }[];
      passMark: string;
      scaleDecimals: number;
      scaleMax: string;
    };
    PostingDecision: {
      line: {
        beneficiary: string;
        /** Format: uuid */
        id: string;
        lineNo: number;
        payeeAccount: {
          bank: string | null;
          name: string | null;
          number: string;
        } | null;
        transferReference: string | null;
      } | null;
      payment: {
        /** Format: uuid */
        id: string;
        /** @enum {string} */
        kind: "INTEREST_SUBSIDY" | "FEE_SUBSIDY" | "RISK_COMPENSATION" | "INCENTIVE_REWARD";
        kindLabel: string;
        title: string;
      } | null;
      recovery: {
        amount: string;
        /** Format: uuid */
        id: string;
        recoveredOn: string;
      } | null;
    };
    PostingLeg: {
      amount: string;
      credit: string;
      debit: string;
    };
    PostingMovement: {
      credit: string;
      debit: string;
      /** @enum {string} */
      kind:
        | "FUND_CASH"
        | "APPROPRIATIONS"
        | "INTEREST_SUBSIDY_EXPENSE"
        | "FEE_SUBSIDY_EXPENSE"
        | "RISK_COMPENSATION_EXPENSE"
        | "INCENTIVE_EXPENSE"
        | "RECOVERIES"
        | "PAYABLE"
        | "BRIDGE_RECEIVABLE"
        | "BRIDGE_FEE_INCOME";
      kindLabel: string;
    };
    PostingRecorder: {
      name: string;
      orgName: string;
    };
    Problem: {
      code: string;
      detail: string;
      errors?: {
        cell?: {
          column: string | null;
          row: number | null;
          sheet: string;
        };
        field: string;
        message: string;
        rule: string;
      }[];
      status: number;
      title: string;
      type: string;
    };
    ProductCatalogueDetail: {
      compiledOn: string;
      deliveries: number;
      /** Format: uuid */
      id: string;
      periodFrom: string;
      periodTo: string;
      productCount: number;
      publishedOn: string | null;
      regionCode: string;
      sections: {
        category: string;
        products: components["schemas"]["ListedFinancingProduct"][];
      }[];
      title: string;
    };
    ProgrammeConfig: {
      checkNegativeList: boolean;
      code: string;
      counterGuaranteeMethods: components["schemas"]["LabelledCode"][];
      eligibleDistricts: string[];
      /** @description A decimal string (a rate or share: "0.02") */
      fundShareOfGuarantor: string;
      guaranteeFeeSubsidy: {
        /** @description Decimal yuan ("10000000.00") */
        cap?: string;
        /** @enum {string} */
        dayCount: "ACT/360" | "ACT/365";
        /** @description A decimal string (a rate or share: "0.02") */
        feeRateCeiling?: string;
        /** @description A decimal string (a rate or share: "0.02") */
        maxShareOfActualFee?: string;
        /** @description A decimal string (a rate or share: "0.02") */
        rate: string;
      } & {
        [key: string]: unknown;
      };
      interestSubsidy: {
        /** @enum {string} */
        applicationWindow: "Q2-next-year";
        /** @enum {string} */
        dayCount: "ACT/360" | "ACT/365";
        /** @description Decimal yuan ("10000000.00") */
        maxPerEnterprisePerYear?: string;
        /** @description A decimal string (a rate or share: "0.02") */
        maxRatePoints?: string;
        /** @description A decimal string (a rate or share: "0.02") */
        maxShareOfActualRate?: string;
        noneIfEverOverdue: boolean;
        /** @description A decimal string (a rate or share: "0.02") */
        rate: string;
      } & {
        [key: string]: unknown;
      };
      maxAmountPerEnterprise: string | null;
      maxTermMonths: number | null;
      minAnnualRevenue: string | null;
      minOperatingYears: number | null;
      name: string;
      permittedLoanUses: components["schemas"]["LabelledCode"][];
      regionCode: string;
      requiredMaterials?: ("TECH_PROJECT_FILING" | "BUSINESS_LICENCE" | "FINANCIAL_STATEMENTS")[];
      requireKeySupportedList: boolean;
      reviewChain: {
        reviewers: {
          name: string;
          /** @enum {string} */
          orgType:
            | "ENTERPRISE"
            | "INDUSTRY_BUREAU"
            | "FINANCE_BUREAU"
            | "CITY_GOVERNMENT"
            | "BANK"
            | "GUARANTOR"
            | "REGUARANTOR"
            | "FINANCIAL_INSTITUTION"
            | "PROVINCE"
            | "MINISTRY"
            | "CITY_APPLICANT"
            | "SECURITIES_REGULATOR"
            | "CENTRAL_BANK_BRANCH"
            | "EXPERT"
            | "PLATFORM_ADMIN";
        }[];
      }[];
      riskSharingSchemes: string[];
      slas: {
        disbursement: {
          amount: number;
          /** @enum {string} */
          unit: "calendar-days" | "working-days";
        };
        review: {
          amount: number;
          /** @enum {string} */
          unit: "calendar-days" | "working-days";
        };
      };
      supplyChainCategories: components["schemas"]["LabelledCode"][] | null;
      validityYears: number;
      version: number;
    } & {
      [key: string]: unknown;
    };
    ProgrammeDetail: {
      code: string;
      config: components["schemas"]["ProgrammeConfig"];
      /** Format: date-time */
      createdAt: string;
      currentVersion: number;
      /** Format: uuid */
      id: string;
      name: string;
      regionCode: string;
      versions: {
        /** Format: date-time */
        createdAt: string;
        createdBy: string | null;
        note: string;
        version: number;
      }[];
    };
    ProgrammeParticipant: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    ProgrammeReportLine: {
      applications: components["schemas"]["CountTally"];
      approvals: components["schemas"]["CountTally"];
      compensation: components["schemas"]["MoneyTally"];
      defaultLoss: components["schemas"]["MoneyTally"];
      defaults: components["schemas"]["CountTally"];
      disbursed: components["schemas"]["MoneyTally"];
      feeSubsidy: components["schemas"]["MoneyTally"];
      interestSubsidy: components["schemas"]["MoneyTally"];
      loansOutstanding: number;
      name: string;
      orgId: string;
      /** @description Outstanding principal at the month's end */
      outstanding: string;
      recoveries: components["schemas"]["MoneyTally"];
    };
    ProgressIndicatorRowInput: {
      code: string;
      unit?: string;
      values: {
        [key: string]: string;
      };
    };
    ProgressReportYear: {
      /** Format: date */
      dueOn: string;
      latestVersion: number | null;
      submittedOn: string | null;
      /** @enum {string} */
      timeliness: "NOT_DUE" | "DUE" | "ON_TIME" | "LATE" | "MISSING";
      year: number;
    };
    QuarterlyFigure: {
      amount: string | null;
      count: number | null;
      /** Format: date-time */
      createdAt: string;
      enteredByName: string;
      enteredByOrgName: string;
      enteredOn: string;
      /** @enum {string} */
      figure:
        | "FUND_INVESTMENT"
        | "BOND_FINANCING"
        | "NEW_LISTINGS"
        | "GUARANTEE_AMOUNT"
        | "INSURANCE_COVERAGE";
      /** Format: uuid */
      id: string;
      live: boolean;
      quarter: string;
      reason: string | null;
      regionCode: string;
      version: number;
    };
    QuarterlyFigureDetail: {
      amount: string | null;
      count: number | null;
      /** Format: date-time */
      createdAt: string;
      enteredByName: string;
      enteredByOrgName: string;
      enteredOn: string;
      /** @enum {string} */
      figure:
        | "FUND_INVESTMENT"
        | "BOND_FINANCING"
        | "NEW_LISTINGS"
        | "GUARANTEE_AMOUNT"
        | "INSURANCE_COVERAGE";
      /** Format: uuid */
      id: string;
      live: boolean;
      quarter: string;
      reason: string | null;
      regionCode: string;
      version: number;
      versions: components["schemas"]["QuarterlyFigure"][];
    };
    RecommendationFormInput: {
      address: string;
      contactName: string;
      contactPhone: string;
      legalRepresentative: string;
      mainBusiness: string;
      phone: string;
      productsAndPartners: string;
    };
    RecommendingUnitOverview: {
      applications: components["schemas"]["ReviewedPilotApplication"][];
      /** Format: uuid */
      batchId: string;
      code: string;
      confirmedOn: string | null;
      jointDocument: {
        contentType: string;
        filename: string;
        sha256: string;
        size: number;
        uploadedAt: string;
      } | null;
      left: number;
      name: components["schemas"]["BilingualText"];
      provincialDeadline: string;
      quota: number;
      recommended: number;
      timeZone: string;
    };
    RequestedProduct: {
      /** Format: uuid */
      id: string;
      institutionName: string;
      name: string;
      /** Format: uuid */
      orgId: string;
      version: number;
    };
    ReviewedPilotApplication: {
      applicantName: string;
      /** Format: uuid */
      applicantOrgId: string;
      /** Format: uuid */
      batchId: string;
      batchName: string;
      decidedAt: string | null;
      decisionReason: string | null;
      draft: components["schemas"]["PilotApplicationContent"] | null;
      /** Format: uuid */
      id: string;
      indicatorColumns: components["schemas"]["PilotIndicatorColumn"][];
      /** @enum {string} */
      kind: "NEW" | "RENEWAL";
      opinions: {
        agrees: boolean;
        /** @enum {string} */
        department: "MIIT" | "MOF" | "PBOC" | "NFRA" | "CSRC";
        opinion: string;
        orgName: string;
        recordedAt: string;
      }[];
      provincialPoints: string | null;
      provincialScores: {
        [key: string]: string;
      } | null;
      recommendationRank: number | null;
      recommendingUnitCode: string | null;
      regionCode: string;
      /** @enum {string} */
      status:
        | "DRAFT"
        | "SUBMITTED"
        | "RETURNED"
        | "NOT_RECOMMENDED"
        | "AT_MINISTRY"
        | "SELECTED"
        | "NOT_SELECTED";
      submitted: components["schemas"]["PilotApplicationContent"] | null;
      submittedAt: string | null;
      version: number;
    };
    Scorecard: {
      bankCount: number;
      cards: {
        /** Format: uuid */
        bankId: string;
        bankName: string;
        rank: number | null;
        scores: {
          best: string | null;
          /** @enum {string} */
          criterion:
            | "MANUFACTURING_SHARE"
            | "MANUFACTURING_GROWTH"
            | "MEDIUM_LONG_TERM_SHARE"
            | "CREDIT_SHARE"
            | "RESPONSE_TIME"
            | "DECLINE_WITH_REASON_RATE"
            | "REVIEW_TIME"
            | "SATISFACTION";
          score: string | null;
          value: string | null;
          weight: string;
          working: components["schemas"]["BilingualText"];
          worst: string | null;
        }[];
        total: string | null;
        totalWorking: components["schemas"]["BilingualText"];
      }[];
      config: components["schemas"]["ScorecardConfig"];
      month: string;
      publication: {
        publishedByName: string;
        publishedOn: string;
      } | null;
      publishedMonths: string[];
      regionCode: string;
      satisfactionRated: boolean;
      slowest: {
        banks: {
          /** Format: uuid */
          bankId: string;
          bankName: string;
          value: string | null;
        }[];
        /** @enum {string} */
        criterion: "RESPONSE_TIME" | "REVIEW_TIME";
      }[];
    };
    ScorecardConfig: {
      criteria: {
        /** @enum {string} */
        criterion:
          | "MANUFACTURING_SHARE"
          | "MANUFACTURING_GROWTH"
          | "MEDIUM_LONG_TERM_SHARE"
          | "CREDIT_SHARE"
          | "RESPONSE_TIME"
          | "DECLINE_WITH_REASON_RATE"
          | "REVIEW_TIME"
          | "SATISFACTION";
        weight: string;
      }[];
      slowestCount: number;
    };
    ScorecardSettings: {
      config: components["schemas"]["ScorecardConfig"];
      regionCode: string;
      savedAt: string | null;
      savedByName: string | null;
      version: number;
    };
    SubsidisedLoan: {
      applicationId: string;
      bank: components["schemas"]["LoanParty"];
      /** @description 元, two decimals */
      disbursed: string;
      enterprise: components["schemas"]["LoanParty"];
      everOverdue: boolean;
      /** @description 元, two decimals */
      interestPaid: string;
      /** @description 元, two decimals */
      outstanding: string;
      programme: {
        code: string;
        name: string;
        version: number;
      };
      settledOn: string | null;
      subsidy: components["schemas"]["LoanSubsidy"];
      termEnd: string | null;
      termMonths: number;
      termStart: string | null;
    };
    SubsidyPaymentLine: {
      /** @description 元, two decimals */
      amount: string;
      id: string;
      lineNo: number;
      paid: boolean;
      /** @enum {string} */
      status:
        | "DRAFT"
        | "IN_REVIEW"
        | "AWAITING_APPROVAL"
        | "APPROVED"
        | "PAYING"
        | "PAID"
        | "RETURNED"
        | "CANCELLED";
      title: string;
    };
    SubsidyWorking: {
      /** @description 元, two decimals */
      amount: string;
      cap?: {
        /** @description 元, two decimals */
        amount: string;
        /** @enum {string} */
        basis: "interest-paid" | "fee-charged";
      };
      capped: boolean;
      /** @enum {string} */
      dayCount: "ACT/360" | "ACT/365";
      periods: {
        /** @description 元, two decimals */
        amount: string;
        days: number;
        /** Format: date */
        from: string;
        /** @description 元, two decimals */
        principal: string;
        /** Format: date */
        to: string;
      }[];
      rate: string;
      /** @enum {string} */
      rounding: "half-up-once-to-fen";
      /** @description 元, two decimals */
      uncapped: string;
      yearlyCap?: {
        /** @enum {string} */
        basis: "per-guarantor-year";
        /** @description 元, two decimals */
        before: string;
        /** @description 元, two decimals */
        limit: string;
        /** @description 元, two decimals */
        total: string;
      };
    };
    SupplyChainArrangement: {
      accountBank: string;
      accountName: string;
      accountNo: string;
      activeToday: boolean;
      bankName: string;
      /** Format: uuid */
      bankOrgId: string;
      /** Format: uuid */
      coreEnterpriseId: string;
      coreName: string;
      decidedAt: string | null;
      decidedByName: string | null;
      decisionNote: string | null;
      effectiveFrom: string;
      effectiveTo: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      recordedAt: string;
      recordedByName: string;
      /** @enum {string} */
      status: "PROPOSED" | "CONFIRMED" | "DECLINED" | "ENDED";
      version: number;
    };
    SupplyChainFinanceRules: {
      advanceRate: string;
      configured: boolean;
      maxDaysToDue: number;
      minDaysToDue: number;
      regionCode: string;
      supplierCap: string;
    };
    SupplyChainFinancing: {
      amount: string;
      bankName: string;
      /** Format: uuid */
      bankOrgId: string;
      /** Format: uuid */
      coreEnterpriseId: string;
      coreName: string;
      /** Format: date-time */
      createdAt: string;
      declineReason: string | null;
      financedOn: string | null;
      /** Format: uuid */
      id: string;
      receivables: {
        amount: string;
        documentNo: string;
        /** Format: uuid */
        id: string;
      }[];
      repaidOn: string | null;
      repaymentSource: ("SUPPLIER" | "CORE_PAYMENT") | null;
      /** @enum {string} */
      status: "REQUESTED" | "FINANCED" | "DECLINED" | "REPAID";
      supplierName: string | null;
      supplierUscc: string;
      version: number;
    };
    User: {
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      displayName: string;
      id: string;
      /** @description When the lock after repeated failed sign-ins ends, while it holds */
      lockedUntil: string | null;
      orgId: string;
      roles: string[];
      username: string;
      version: number;
    };
    WorkItem: {
      amount: string;
      context: string;
      daysLeft: number | null;
      dueOn: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | "application"
        | "payment"
        | "default-case"
        | "interest-subsidy-claim"
        | "product-review"
        | "demand-curation"
        | "claim-escalated"
        | "demand-push"
        | "claim-step"
        | "claim-outcome"
        | "bridge-loan";
      since: string;
      sla: ("on-time" | "due-soon" | "due-today" | "overdue") | null;
      status: string;
      title: string;
    };
  };
  responses: {
    /** @description 账户已锁定 (account locked) */
    AccountLocked: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 附件文件 (the file, as a download) */
    AttachmentFile: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/pdf": string;
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
        "image/jpeg": string;
        "image/png": string;
      };
    };
    /** @description 请求参数有误:errors 逐项说明字段与规则 (invalid request; `errors` names each field and rule) */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 版本已过期或与现有数据冲突 (stale version or conflict) */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 无权执行,或 CSRF 校验失败 (forbidden, or CSRF token missing) */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 未找到,或调用方无权看到 (not found, or not visible to the caller) */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 请求体过大 (payload too large) */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 未登录 (sign-in required) */
    SignInRequired: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 请求过于频繁 (too many requests) */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description 不支持的内容类型 (unsupported media type) */
    UnsupportedMediaType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/problem+json": components["schemas"]["Problem"];
      };
    };
    /** @description Excel 工作簿 (an .xlsx workbook) */
    Workbook: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
