namespace Bottega.Browser.Tests;

internal static class BrowserSuite;
