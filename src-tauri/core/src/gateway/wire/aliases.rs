//! Every name WAPing Desk accepts for a field of WAPing's answers, in one
//! table. The public docs defer exact field names to a live reference that
//! cannot be reached, so the reader accepts what real gateways commonly send.
//!
//! A row is a field as the assumed contract names it (`name`) and the paths
//! tried for it, in order (`paths`): the first is the contract's own (what the
//! simulator's canonical profile sends); a dotted path looks one object deeper
//! (`session.status`), a number picks an array element (`errors.0.code`). The
//! first path present with a value of the expected kind wins; a path present
//! with the wrong kind (a `status` object where text is expected) is passed
//! over, so `status.state` can still be read.

/// One field and the paths it may be found under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The assumed contract's name, as reports show it.
    pub name: &'static str,
    pub paths: &'static [&'static str],
}

impl Field {
    /// The contract's own path, which the canonical answer uses.
    pub fn canonical(&self) -> &'static str {
        self.paths[0]
    }
}

/// Keys under which a list (of devices) or an object (workspace, QR) may be
/// wrapped, one or two levels deep (`data`, `data.devices`).
pub const ENVELOPE_KEYS: &[&str] = &["data", "devices", "items", "results", "result", "records"];

/// Keys under which one object (a workspace, a device, a QR answer) may be
/// wrapped instead of being the answer itself.
pub const OBJECT_ENVELOPE_KEYS: &[&str] = &["data", "result", "workspace", "device", "qr"];

/// Every row of the table, by the answer it reads.
pub const TABLES: &[&[Field]] = &[
    device::ALL,
    page::ALL,
    workspace::ALL,
    qr::ALL,
    error::ALL,
    webhook::ALL,
];

/// A device, in the list and alone.
pub mod device {
    use super::Field;

    pub const ID: Field = Field {
        name: "id",
        paths: &["id", "deviceId", "device_id", "_id", "uuid"],
    };
    pub const NAME: Field = Field {
        name: "name",
        paths: &[
            "name",
            "deviceName",
            "device_name",
            "displayName",
            "display_name",
            "label",
        ],
    };
    pub const PHONE: Field = Field {
        name: "phone",
        paths: &["phone", "phoneNumber", "phone_number", "number", "msisdn"],
    };
    pub const STATUS: Field = Field {
        name: "status",
        paths: &[
            "status",
            "state",
            "sessionStatus",
            "session_status",
            "connectionStatus",
            "connection_status",
            "session.status",
            "session.state",
            "connection.status",
            "connection.state",
            "status.state",
            "status.value",
        ],
    };
    pub const REASON: Field = Field {
        name: "reason",
        paths: &[
            "reason",
            "statusReason",
            "status_reason",
            "disconnectReason",
            "disconnect_reason",
            "session.reason",
            "connection.reason",
            "status.reason",
        ],
    };
    pub const STATUS_CHANGED_AT: Field = Field {
        name: "statusChangedAt",
        paths: &[
            "statusChangedAt",
            "status_changed_at",
            "stateChangedAt",
            "state_changed_at",
            "statusUpdatedAt",
            "status_updated_at",
            "session.changedAt",
            "session.changed_at",
            "session.since",
            "connection.changedAt",
            "connection.changed_at",
            "connection.since",
            "status.since",
            "status.changedAt",
        ],
    };
    pub const LAST_SEEN_AT: Field = Field {
        name: "lastSeenAt",
        paths: &[
            "lastSeenAt",
            "last_seen_at",
            "lastSeen",
            "last_seen",
            "lastActiveAt",
            "last_active_at",
            "lastActivityAt",
            "last_activity_at",
            "session.lastSeenAt",
            "session.last_seen_at",
            "connection.lastSeenAt",
            "connection.last_seen_at",
        ],
    };

    /// Every field of a device, in the order reports list them.
    pub const ALL: &[Field] = &[
        ID,
        NAME,
        PHONE,
        STATUS,
        REASON,
        STATUS_CHANGED_AT,
        LAST_SEEN_AT,
    ];
}

/// How a list announces that more of it follows.
pub mod page {
    use super::Field;

    /// The URL of the next page, absolute or relative to the page that named
    /// it. A value that does not look like a URL (no `/`, `?` or scheme at
    /// its start) is taken as a cursor for [`CURSOR_PARAM`].
    pub const NEXT: Field = Field {
        name: "next",
        paths: &[
            "next",
            "nextUrl",
            "next_url",
            "nextPage",
            "next_page",
            "links.next",
            "links.next.href",
            "_links.next.href",
            "paging.next",
            "pagination.next",
            "pagination.nextUrl",
            "pagination.next_url",
            "meta.next",
            "meta.nextUrl",
            "meta.next_url",
        ],
    };

    /// Cursor fields, each with the query parameter its value is sent back in.
    pub const CURSORS: &[(&str, &str)] = &[
        ("nextCursor", "cursor"),
        ("next_cursor", "cursor"),
        ("meta.nextCursor", "cursor"),
        ("meta.next_cursor", "cursor"),
        ("pagination.nextCursor", "cursor"),
        ("pagination.next_cursor", "cursor"),
        ("cursor.next", "cursor"),
        ("paging.cursors.after", "after"),
        ("nextPageToken", "pageToken"),
        ("next_page_token", "page_token"),
    ];
    /// The query parameter a bare `next` cursor is sent back in.
    pub const CURSOR_PARAM: &str = "cursor";

    pub const HAS_MORE: Field = Field {
        name: "hasMore",
        paths: &[
            "hasMore",
            "has_more",
            "meta.hasMore",
            "meta.has_more",
            "pagination.hasMore",
            "pagination.has_more",
            "paging.hasMore",
            "paging.has_more",
        ],
    };
    pub const PAGE: Field = Field {
        name: "page",
        paths: &[
            "page",
            "currentPage",
            "current_page",
            "meta.page",
            "meta.currentPage",
            "meta.current_page",
            "pagination.page",
            "pagination.currentPage",
            "pagination.current_page",
        ],
    };
    pub const TOTAL_PAGES: Field = Field {
        name: "totalPages",
        paths: &[
            "totalPages",
            "total_pages",
            "pageCount",
            "page_count",
            "lastPage",
            "last_page",
            "meta.totalPages",
            "meta.total_pages",
            "meta.lastPage",
            "meta.last_page",
            "pagination.totalPages",
            "pagination.total_pages",
            "pagination.lastPage",
            "pagination.last_page",
        ],
    };
    /// The query parameter a page number is asked for with.
    pub const PAGE_PARAM: &str = "page";
    /// The number of devices in the whole list, where WAPing says it.
    pub const TOTAL: Field = Field {
        name: "total",
        paths: &[
            "total",
            "totalCount",
            "total_count",
            "meta.total",
            "meta.totalCount",
            "meta.total_count",
            "pagination.total",
            "pagination.totalCount",
            "pagination.total_count",
        ],
    };
    /// RFC 8288 `Link` header and the relation that names the next page.
    pub const LINK_HEADER: &str = "link";
    pub const LINK_REL_NEXT: &str = "next";

    /// The fields that steer pagination (not reported as unknown).
    pub const ALL: &[Field] = &[NEXT, HAS_MORE, PAGE, TOTAL_PAGES, TOTAL];
}

/// `GET /v1/workspace`.
pub mod workspace {
    use super::Field;

    pub const NAME: Field = Field {
        name: "name",
        paths: &["name", "workspaceName", "workspace_name", "title"],
    };
    pub const PLAN: Field = Field {
        name: "plan",
        paths: &[
            "plan",
            "planName",
            "plan_name",
            "plan.name",
            "plan.tier",
            "subscription.plan",
            "tier",
        ],
    };
    pub const DEVICE_LIMIT: Field = Field {
        name: "deviceLimit",
        paths: &[
            "deviceLimit",
            "device_limit",
            "maxDevices",
            "max_devices",
            "plan.deviceLimit",
            "plan.device_limit",
            "limits.devices",
            "limits.deviceLimit",
        ],
    };
    pub const MONTHLY_QUOTA: Field = Field {
        name: "monthlyQuota",
        paths: &[
            "monthlyQuota",
            "monthly_quota",
            "messageQuota",
            "message_quota",
            "plan.monthlyQuota",
            "plan.monthly_quota",
            "limits.messages",
            "limits.monthlyMessages",
            "quota.monthly",
        ],
    };
    pub const MESSAGES_SENT: Field = Field {
        name: "messagesSentThisMonth",
        paths: &[
            "messagesSentThisMonth",
            "messages_sent_this_month",
            "messagesSent",
            "messages_sent",
            "usage.messagesSent",
            "usage.messages_sent",
            "usage.messages",
            "usage.outbound",
        ],
    };

    pub const ALL: &[Field] = &[NAME, PLAN, DEVICE_LIMIT, MONTHLY_QUOTA, MESSAGES_SENT];
}

/// `GET /v1/devices/{id}/qr`.
pub mod qr {
    use super::Field;

    pub const PAYLOAD: Field = Field {
        name: "qr",
        paths: &["qr", "qrCode", "qr_code", "code", "payload", "value"],
    };
    pub const EXPIRES_AT: Field = Field {
        name: "expiresAt",
        paths: &[
            "expiresAt",
            "expires_at",
            "expiry",
            "expires",
            "validUntil",
            "valid_until",
        ],
    };
    /// A lifetime in seconds from now, where no moment is given.
    pub const EXPIRES_IN: Field = Field {
        name: "expiresIn",
        paths: &["expiresIn", "expires_in", "ttl", "timeout"],
    };

    pub const ALL: &[Field] = &[PAYLOAD, EXPIRES_AT, EXPIRES_IN];
}

/// The error envelope, `{"error": {"code", "message"}}`, and its cousins.
pub mod error {
    use super::Field;

    pub const CODE: Field = Field {
        name: "error.code",
        paths: &[
            "error.code",
            "code",
            "errorCode",
            "error_code",
            "error.type",
            "errors.0.code",
            "error",
        ],
    };
    pub const MESSAGE: Field = Field {
        name: "error.message",
        paths: &[
            "error.message",
            "message",
            "error.detail",
            "detail",
            "error_description",
            "errors.0.message",
            "errors.0.detail",
            "title",
            "msg",
            "error",
        ],
    };

    pub const ALL: &[Field] = &[CODE, MESSAGE];
}

/// A pushed webhook event and its `data`.
pub mod webhook {
    use super::Field;

    pub const ID: Field = Field {
        name: "id",
        paths: &["id", "eventId", "event_id"],
    };
    pub const TYPE: Field = Field {
        name: "type",
        paths: &["type", "event", "eventType", "event_type"],
    };
    pub const CREATED_AT: Field = Field {
        name: "createdAt",
        paths: &[
            "createdAt",
            "created_at",
            "timestamp",
            "time",
            "occurredAt",
            "occurred_at",
        ],
    };
    pub const DATA: Field = Field {
        name: "data",
        paths: &["data", "payload"],
    };
    pub const DEVICE_ID: Field = Field {
        name: "deviceId",
        paths: &["deviceId", "device_id", "device.id", "id"],
    };
    pub const PREVIOUS_STATUS: Field = Field {
        name: "previousStatus",
        paths: &[
            "previousStatus",
            "previous_status",
            "previousState",
            "previous_state",
            "from",
        ],
    };
    pub const ALL: &[Field] = &[ID, TYPE, CREATED_AT, DATA, DEVICE_ID, PREVIOUS_STATUS];

    /// Event types that carry a device's session status.
    pub const SESSION_STATUS_TYPES: &[&str] = &[
        "session.status",
        "session_status",
        "session.updated",
        "device.status",
        "device.status_changed",
        "device.session",
        "connection.update",
    ];
}
