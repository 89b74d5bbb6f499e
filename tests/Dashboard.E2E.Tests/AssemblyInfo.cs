using Dashboard.E2E.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(DashboardApp))]
[assembly: AssemblyFixture(typeof(Browser))]
