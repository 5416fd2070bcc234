// English strings the Strapi admin shows when a Vietnamese translation is missing: the ones a
// walk of the staff side met before the overrides, and their neighbours in the same screens.
// Matched as whole words, case-sensitive, so that Vietnamese text and data never match.
const known = [
  'Welcome to Strapi', 'Welcome back', 'Log in to your Strapi account', 'Forgot your password', 'Remember me', 'Login',
  'Content Manager', 'Media Library', 'Content-Type Builder', 'Collection Types', 'Single Types', 'Settings', 'Plugins',
  'Home', 'Profile', 'Log out', 'Logout', 'Documentation', 'Deploy', 'Releases', 'Marketplace',
  'Create new entry', 'Add or create a relation', 'No relations', 'No content found', 'Search', 'Filters', 'Filter',
  'Entries per page', 'entries', 'entry found', 'entries found', 'Last update', 'Last updated', 'Created by', 'Updated by',
  'Draft', 'DRAFT', 'Published', 'PUBLISHED', 'Modified', 'MODIFIED', 'Save', 'Publish', 'Unpublish', 'Discard changes',
  'Configure the view', 'Edit the model', 'Go back', 'Back', 'Cancel', 'Confirm', 'Delete', 'Duplicate', 'Actions',
  'Too many requests', 'Something went wrong', 'Introducing the new Media Library', 'Read blog post', 'Try it',
  'characters', 'max.', 'min.', 'Required', 'Unique', 'optional', 'Loading', 'Loading content',
  'Assets', 'Folders', 'Add new assets', 'Add new folder', 'Upload', 'Sort by', 'No assets', 'Select all',
  'Show more', 'Add an entry', 'Add a component', 'Add an entry', 'No entry yet', 'Click on the below button to add one',
  'Users', 'Roles', 'Overview', 'Application', 'Administration Panel', 'Internationalization', 'API Tokens', 'Email',
  'Strapi version', 'Edition', 'Current Strapi version', 'Password', 'Email address', 'First name', 'Last name', 'Experience',
  'Interface language', 'Interface mode', 'Change password', 'Current Password', 'Confirm Password',
  'Last edited entries', 'Last published entries', 'Project statistics', 'Key statistics', 'Profile information',
  'Open', 'Close', 'Clear', 'Apply', 'Add filter', 'Previous', 'Next', 'Page', 'of', 'Yes', 'No', 'True', 'False',
  'Webhook', 'Webhooks', 'Community', 'Community Edition',
];

const patterns = known.map((s) => ({ s, re: new RegExp(`(^|[^\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}\\p{N}])`, 'u') }));

/** The known English UI strings that occur in a page's text. */
export function englishLeftovers(text: string): string[] {
  return patterns.filter((p) => p.re.test(text)).map((p) => p.s);
}
