import CheckIcon from '@mui/icons-material/Check';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Connection, saveConnection } from '@/api/connection';
import { describeError } from '@/api/errors';
import { exchangeToken, iamQueries } from '@/api/iam';
import { ctsEndpointOf, iamEndpointOf, regionLabel, regionOfEndpoint } from '@/api/regions';
import { useT } from '@/i18n/use-t';

/** IAM names a region's projects `<region>` and `<region>_<name>`. */
export function regionOfProject(projectName: string): string {
  return projectName.split('_')[0] ?? projectName;
}

/** The connection after switching to a project: Huawei Cloud endpoints follow its region; a custom endpoint stays. */
export function switchedConnection(connection: Connection, project: { id: string; name: string }, session: { token: string; expiresAt: number }): Connection {
  const region = regionOfProject(project.name);
  const onHuaweiCloud = regionOfEndpoint(connection.endpoint) !== undefined;
  return {
    ...connection,
    region,
    projectId: project.id,
    token: session.token,
    tokenExpiresAt: session.expiresAt,
    endpoint: onHuaweiCloud ? ctsEndpointOf(region) : connection.endpoint,
    iamEndpoint: onHuaweiCloud ? iamEndpointOf(region) : connection.iamEndpoint,
  };
}

interface ProjectMenuProps {
  id: string;
  anchor: HTMLElement;
  connection: Connection;
  onClose: () => void;
}

export default function ProjectMenu({ id, anchor, connection, onClose }: ProjectMenuProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const projects = useQuery(iamQueries.projects(connection.iamEndpoint, connection.token));
  const switchTo = useMutation({
    mutationFn: async (project: { id: string; name: string }) =>
      switchedConnection(connection, project, await exchangeToken(connection.iamEndpoint, connection.token, project.id)),
    onSuccess: (next) => {
      saveConnection(next);
      // Every cached answer belongs to the previous project; the screen and its URL stay.
      void queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== iamQueries.all()[0] });
      onClose();
    },
  });
  const status = projects.isPending
    ? t('app.project.loading')
    : projects.isError
      ? describeError(projects.error).message
      : switchTo.isError
        ? t('app.project.switchFailed', { message: describeError(switchTo.error).message })
        : switchTo.isPending
          ? t('app.project.switching')
          : null;

  return (
    <Menu id={id} anchorEl={anchor} open onClose={onClose} slotProps={{ paper: { sx: { maxHeight: 420 } } }}>
      <ListSubheader>{t('app.project.menuTitle')}</ListSubheader>
      {status ? (
        <MenuItem disabled role="status">
          <ListItemText primary={status} />
        </MenuItem>
      ) : null}
      {(projects.data ?? []).map((project) => {
        const current = project.id === connection.projectId;
        return (
          <MenuItem
            key={project.id}
            selected={current}
            disabled={!project.enabled || switchTo.isPending}
            onClick={() => (current ? onClose() : switchTo.mutate(project))}
          >
            <ListItemIcon>{current ? <CheckIcon fontSize="small" /> : null}</ListItemIcon>
            <ListItemText primary={regionLabel(regionOfProject(project.name))} secondary={project.name === regionOfProject(project.name) ? t('app.connection.project', { projectId: project.id }) : `${project.name} · ${project.id}`} />
          </MenuItem>
        );
      })}
    </Menu>
  );
}
