import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Link as RouterLink, isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { isApiError } from '@/api/errors';
import { DocumentTitle } from '@/app/layout/document-title';
import { ErrorPanel, type ErrorPanelProps } from '@/components/error-panel';
import { useT } from '@/i18n/use-t';
import type { Translate } from '@/i18n/message-id';

type FailureDescription = Omit<ErrorPanelProps, 'onRetry' | 'title'>;

/** A failed dynamic import means the deployed files changed under the open page: only a reload helps. */
export function isStaleModuleError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported/i.test(error.message)
  );
}

export function describeRouteError(error: unknown, t: Translate): FailureDescription {
  if (isApiError(error)) {
    return { status: error.status, code: error.code, message: error.message, requestId: error.requestId };
  }
  if (isRouteErrorResponse(error)) {
    const detail = typeof error.data === 'string' && error.data ? error.data : error.statusText;
    return { status: error.status, message: detail || t('app.routeError.notLoaded') };
  }
  if (isStaleModuleError(error)) {
    return {
      message: t('app.routeError.staleModule'),
      hint: t('app.routeError.staleModuleHint'),
    };
  }
  if (error instanceof Error) {
    return { message: error.message || error.name };
  }
  return { message: String(error) };
}

/**
 * The error boundary of every route. It renders inside the shell, so the header and navigation stay;
 * Retry clears React Query's error state and loads the route again.
 */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();
  const { reset } = useQueryErrorResetBoundary();

  const retry = () => {
    if (isStaleModuleError(error)) {
      window.location.reload();
      return;
    }
    reset();
    // Navigating to the same URL re-runs the loaders and gives the boundary a new location, which
    // clears a render error too (a plain revalidation does not when the route has no loader).
    void navigate(location, { replace: true, state: location.state });
  };

  return (
    <Box sx={{ maxWidth: 880 }}>
      <DocumentTitle title={t('app.title.error')} />
      <Typography variant="h1" component="h1" sx={{ mb: 2 }}>
        {t('app.routeError.heading')}
      </Typography>
      <ErrorPanel
        title={isApiError(error) ? t('app.routeError.ctsError') : t('app.routeError.unexpected')}
        onRetry={retry}
        {...describeRouteError(error, t)}
      />
      <Button component={RouterLink} to="/traces" sx={{ mt: 2 }}>
        {t('app.goToTraces')}
      </Button>
    </Box>
  );
}
