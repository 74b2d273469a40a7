namespace Bottega.Library.Domain;

/// <summary>What a library document is.</summary>
public enum DocumentKind
{
    Template = 0,
    Procedure = 1,
    TenderDocument = 2,
    Regulation = 3,
    Guide = 4,
    SlideDeck = 5,
    Form = 6,
    Report = 7,
    Other = 99,
}

/// <summary>Who may find, read and download a document (its uploader, and network admins, always may — see <c>DocumentAccess</c>).</summary>
public enum DocumentVisibility
{
    /// <summary>Anyone, signed in or not, also outside the network.</summary>
    Public = 0,

    /// <summary>Active members of the network.</summary>
    Network = 1,

    /// <summary>Members of the network who work for the owning organization.</summary>
    Organization = 2,

    /// <summary>Members of the document's working group only.</summary>
    WorkingGroup = 3,
}

/// <summary>The licence a document is shared under.</summary>
public enum DocumentLicence
{
    /// <summary>Creative Commons Attribution 4.0.</summary>
    CcBy40 = 0,

    /// <summary>Creative Commons Attribution-ShareAlike 4.0.</summary>
    CcBySa40 = 1,

    /// <summary>Creative Commons Zero (public domain dedication).</summary>
    Cc0 = 2,

    /// <summary>Italian Open Data Licence 2.0.</summary>
    Iodl20 = 3,

    /// <summary>All rights reserved: reuse only inside the network.</summary>
    AllRightsReserved = 4,
}

/// <summary>Where the text extraction of a version stands.</summary>
public enum ExtractionStatus
{
    /// <summary>Waiting for the background extraction.</summary>
    Pending = 0,

    Extracted = 1,

    /// <summary>The file has no text (a scanned PDF) — metadata are still searchable.</summary>
    NoText = 2,

    /// <summary>The file could not be read; the reason is in <c>ExtractionError</c>.</summary>
    Failed = 3,
}

public enum WorkingGroupRole
{
    Member = 0,
    Coordinator = 1,
}
