using Dashboard.Data;
using Dashboard.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddDashboardWeb();

var app = builder.Build();
await app.Services.MigrateAndSeedDashboardDataAsync();
await app.Services.SeedDashboardAccountsAsync();
app.UseDashboardWeb();
app.Run();
